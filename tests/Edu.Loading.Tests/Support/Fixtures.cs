using System.Text;

namespace Edu.Loading.Tests.Support;

/// <summary>
/// One input file per kind in its real, messy layout (title rows, merged two-row headers,
/// numbers as text, decimal commas, «45,3%», missing-value codes, «Итого» rows), written fresh
/// into the test's folder. The values are small enough to check by hand.
/// </summary>
public static class Fixtures
{
    public static readonly string[] Logins = ["sch470001", "sch470002", "sch470003", "sch470004", "sch470005", "sch470006"];

    public static string Schools(TestDatabase db, string name = "Справочник ОО.xlsx")
    {
        using var wb = new Workbook("Справочник");
        return wb.Row("Справочник общеобразовательных организаций Ленинградской области")
            .Row("по состоянию на 01.09.2024")
            .Blank()
            .Row("Логин  ОО", "Код ОО", "Наименование ОО", "Муниципалитет", "Тип ОО", "Тип местности", "Численность обучающихся")
            .Row("sch470001", "410001", "МОУ «Лужская СОШ № 1»", "Лужский", "СОШ", "город", 812)
            .Row("SCH470002", "410002", "МОУ «Толмачёвская СОШ»", "Лужский муниципальный район", "СОШ", "село", "240")
            .Row("sch470003", "430001", "МБОУ «Гатчинская гимназия»", "Гатчинский район", "гимназия", "город", 1100)
            .Row("sch470004", "470001", "МБОУ «Лицей № 8»", "Сосновоборский ГО", "лицей", "г.", 950)
            .Row("sch470005", "410003", "МОУ «Заклинская ООШ»", "Лужский р-н", "ООШ", "сельская", 64)
            .Row("sch470006", "440001", "МОУ «Всеволожская СОШ № 2»", "Всеволожский муниципальный район", "СОШ", "город", 1304)
            .Save(db.File(name));
    }

    public static string Context(TestDatabase db, string name = "Контекст 2024.xlsx")
    {
        using var wb = new Workbook("Контекст");
        return wb.Row("Контекстные данные ОО")
            .Row("Год", "Логин ОО", "Доля обучающихся из малообеспеченных семей, %", "Доля обучающихся с ОВЗ, %",
                "Доля обучающихся, для которых русский язык не родной, %", "Доля обучающихся, оба родителя которых имеют высшее образование, %",
                "Доля обучающихся из неполных семей, %", "Укомплектованность педагогическими кадрами, %")
            .Row("2023/2024", "sch470001", "12,5", "3,1", "2", "45,3%", "18", 100)
            .Row("2023-24", "sch470002", 31.2, "н/д", "-", "14", "27,5", 88)
            .Row(2024, "sch470003", 5, 1.5, 4, 71, 11, 100)
            .Save(db.File(name));
    }

    public static string VprIndividual(TestDatabase db, string name = "ВПР Математика 5.xlsx", int year = 2024, int journalOf6 = 4)
    {
        using var wb = new Workbook("Результаты");
        return wb.Row($"ВПР {year} Математика 5 класс")
            .Row("Выгрузка из ФИС ОКО от 01.06.2024")
            .Row("ОО", "Муниципалитет", "Название ОО", "Код участника", "Класс", "Вариант", "1 (1б)", "2 (1б)", "3 (2б)", "4.1 (2б)", "Первичный балл", "Отметка", "Отметка по журналу")
            .Row("sch470001", "Лужский район", "МОУ «Лужская СОШ № 1»", "10001", "5А", "1", 1, 1, 2, 2, 6, 5, 5)
            .Row("sch470001", "Лужский район", "МОУ «Лужская СОШ № 1»", "10002", "5А", "2", 1, 0, 1, "X", 2, 3, 4)
            .Row("sch470001", "Лужский район", "МОУ «Лужская СОШ № 1»", "10003", "5Б", "1", 0, 0, 0, 0, 0, 2, 3)
            .Row("sch470002", "Лужский", "МОУ «Толмачёвская СОШ»", "20001", "5", "2", 1, 1, 1, 1, 4, 4, "нет отметки")
            .Row("sch470002", "Лужский", "МОУ «Толмачёвская СОШ»", "20002", "5", "1", "X", "X", "X", "X", null, "не пройд.", journalOf6)
            .Save(db.File(name));
    }

    /// <summary>
    /// The codifier of the ВПР Математика 5 of <see cref="VprIndividual"/>: a title, «Задание» merged over «№» and «Макс. балл»,
    /// task numbers as a number, as text, with a trailing dot and with a decimal comma; one description left «-».
    /// </summary>
    public static string VprTasks(TestDatabase db, string name = "Кодификатор ВПР Математика 5.xlsx")
    {
        using var wb = new Workbook("Кодификатор");
        return wb.Row("Кодификатор: проверяемые требования (умения)")
            .Row("Год", "Предмет", "Класс", "Задание", null, "Проверяемые требования (умения)").MergePrevious(4, 5)
            .Row(null, null, null, "№", "Макс. балл", null).MergeDown(1).MergeDown(2).MergeDown(3).MergeDown(6)
            .Row("2023/2024", "математика", "5 класс", 1, 1, "Оперировать понятием «натуральное число»")
            .Row(2024, "Математика", 5, "2", "1", "Выполнять арифметические действия с обыкновенными дробями")
            .Row(2024, "Математика", 5, "3.", 2, "Решать задачи на движение")
            .Row(2024, "Математика", 5, "4,1", 2, "-")
            .Save(db.File(name));
    }

    /// <summary>ВПР marks with a two-row merged header and percents written as text «45,3%».</summary>
    public static string VprMarks(TestDatabase db, string name = "ВПР отметки 2024.xlsx", string subject = "Математика", double share2 = 10.5)
    {
        using var wb = new Workbook("Отметки");
        return wb.Row("Статистика по отметкам ВПР 2024")
            .Row("Год", "Предмет", "Класс", "Логин ОО", "Кол-во участников", "Распределение отметок, %", null, null, null)
            .MergePrevious(6, 9)
            .Row(null, null, null, null, null, "2", "3", "4", "5")
            .MergeDown(1).MergeDown(2).MergeDown(3).MergeDown(4).MergeDown(5)
            .Row(2024, subject, 5, "sch470001", 48, $"{share2.ToString(System.Globalization.CultureInfo.GetCultureInfo("ru-RU"))}%", "45,3%", $"{(34.2 - share2 + 10.5).ToString(System.Globalization.CultureInfo.GetCultureInfo("ru-RU"))}%", "10%")
            .Row(2024, subject, 5, "sch470002", 12, "50%", "25%", "25%", "0%")
            .Row(2024, subject, "5 класс", "sch470005", 4, "X", "X", "X", "X")
            .Blank()
            .Row("Итого", null, null, null, 64, null, null, null, null)
            .Save(db.File(name));
    }

    /// <summary>ВПР marks as fractions with a percent number format (Excel shows 45,3%), header without «%».</summary>
    public static string VprMarksFractions(TestDatabase db, string name = "ВПР отметки доли.xlsx")
    {
        using var wb = new Workbook();
        return wb.Row("Год", "Предмет", "Класс", "Логин", "Количество участников", "2", "3", "4", "5")
            .Row("2024", "русский язык", "4", "sch470003", "30", new Percent(0.1), new Percent(0.453), new Percent(0.347), new Percent(0.1))
            .Row("2024", "Русский язык", "4", "sch470004", "25", 0.04, 0.36, 0.4, 0.2)
            .Save(db.File(name));
    }

    public static readonly string[] OgePersonalValues = ["Кузнецова", "Анастасия", "Игоревна", "4015", "123456", "Смирнов", "Пётр", "Алексеевич", "4016", "654321"];

    public static string Oge(TestDatabase db, string name = "ОГЭ математика.xlsx")
    {
        using var wb = new Workbook("Протокол");
        return wb.Row("02 Математика 24.05.2024")
            .Row("Протокол результатов ОГЭ")
            .Row("Код МСУ", "Код ОО", "Класс", "Код ППЭ", "Аудитория", "Фамилия", "Имя", "Отчество", "Серия", "Номер", "Первичный балл", "Оценка")
            .Row("12", "410001", "9А", "4701", "0012", "Кузнецова", "Анастасия", "Игоревна", "4015", "123456", 18, 4)
            .Row("12", "410001", "9Б", "4701", "0013", "Смирнов", "Пётр", "Алексеевич", "4016", "654321", 6, 2)
            .Row("06", "430001", "9А", "4705", "0001", "Иванов", "Иван", "Иванович", "4017", "111222", 25, 5)
            .Save(db.File(name));
    }

    public static string Ege(TestDatabase db, string name = "ЕГЭ 2024.xlsx")
    {
        using var wb = new Workbook("ЕГЭ");
        return wb.Row("Результаты ЕГЭ 2024 по ОО")
            .Row("Год", "Код ОО", "Код предмета", "Кол-во участников", "Средний тестовый балл", "Не преодолели минимальный порог, чел.", "81–100 баллов, чел.", "100 баллов, чел.")
            .Row(2024, "410001", "1", 40, "68,4", 1, 9, 1)
            .Row(2024, "410001", "2", 22, 55.1, 3, 2, 0)
            .Row(2024, "430001", "1", 75, 81.2, 0, 40, 3)
            .Save(db.File(name));
    }

    public static string CoverageCsv(TestDatabase db, string name = "охват.csv", string date = "01.04.2024")
    {
        var text = new StringBuilder()
            .AppendLine("Охват детей дополнительным образованием;;;;;;")
            .AppendLine("Отчётная дата;Муниципалитет;Численность детей 5–18 лет;Охвачено дополнительным образованием;в т.ч. техническая и естественнонаучная направленности;Численность детей с ОВЗ 5–18 лет;Охвачено детей с ОВЗ")
            .AppendLine($"{date};Лужский район;9 850;7 120;1 930;410;220")
            .AppendLine($"{date};Гатчинский муниципальный район;31 200;24 960;6 100;1 250;\"700\"")
            .AppendLine($"{date};Сосновоборский ГО;9 400;7 990;2 400;380;н/д")
            .AppendLine(";Всего;50 450;40 070;10 430;2 040;920")
            .ToString();
        var path = db.File(name);
        File.WriteAllText(path, text, new UTF8Encoding(true));
        return path;
    }

    public static string Targets(TestDatabase db, string name = "Целевые показатели.xlsx")
    {
        using var wb = new Workbook("Показатели");
        return wb.Row("Целевые показатели (решение Координационного совета)")
            .Row("Код показателя", "Показатель", "Муниципалитет", "Срок", "Целевое значение", "Условие")
            .Row("DOP_TECH", "Охват детей 5–18 лет программами технической и естественнонаучной направленностей, %", null, new DateTime(2021, 12, 31), 25, "не менее")
            .Row("dop_5_18", "Охват детей 5–18 лет дополнительным образованием, %", null, "31.12.2024", "80", "не менее")
            .Row("SHNOR_SHARE", "Доля ШНОР, %", "Лужский район", "30.06.2025", "5,5", "не более")
            .Save(db.File(name));
    }

    /// <summary>
    /// Reported values under two title rows and a two-row header («Расчёт доли» merged over «Числитель» and
    /// «Знаменатель»): counts with a unit, a share given as numerator and denominator (decimal commas, numbers as
    /// text), the region's own row as «45,3%», a trailing «Итого».
    /// </summary>
    public static string IndicatorValues(TestDatabase db, string name = "Значения показателей.xlsx")
    {
        using var wb = new Workbook("Значения");
        return wb.Row("Значения показателей, не рассчитываемых из данных")
            .Row("по отчётам МОУО на 31.12.2024")
            .Row("Код показателя", "Показатель", "Муниципалитет", "Дата значения", "Значение", "Расчёт доли", null, "Ед. изм.")
            .MergePrevious(6, 7)
            .Row(null, null, null, null, null, "Числитель", "Знаменатель", null)
            .MergeDown(1).MergeDown(2).MergeDown(3).MergeDown(4).MergeDown(5).MergeDown(8)
            .Row("BILET", "Участники проекта «Билет в будущее»", "Лужский", "31.12.2024", "1 250", null, null, "чел.")
            .Row("bilet", "Участники проекта «Билет в будущее»", "Гатчинский муниципальный район", new DateTime(2024, 12, 31), 3400, null, null, "чел.")
            .Row("PFDO", "Доля детей с сертификатом ПФДО", "Лужский район", "31.12.2024", null, "4 925", "9 850", "%")
            .Row("PFDO", "Доля детей с сертификатом ПФДО", "Сосновоборский ГО", "31.12.2024", "-", "3760,0", "9400", "%")
            .Row("SPO_MONITORING", "Доля ПОО — участников мониторинга СПО", "Ленинградская область", "31.12.2024", "87,5%", null, null, "%")
            .Row("Итого", null, null, null, "4 650", null, null, null)
            .Save(db.File(name));
    }

    /// <summary>Two projects under a title and a blank row, years as «2023/2024», logins in any case, roles in any spelling or missing.</summary>
    public static string Rosters(TestDatabase db, string name = "Участники проектов.xlsx")
    {
        using var wb = new Workbook("Участники");
        return wb.Row("Участники региональных проектов")
            .Blank()
            .Row("Проект", "Год", "Логин", "Наименование ОО", "Роль в проекте", "Логин ОО партнёра")
            .Row("«Стабильно высокие образовательные результаты»", "2023/2024", "SCH470003 ", "МБОУ «Гатчинская гимназия»", "Участник", null)
            .Row("Стабильно высокие  образовательные результаты", 2024, "sch470004", "МБОУ «Лицей № 8»", "-", null)
            .Blank()
            .Row("Сетевое наставничество", "2024", "sch470001", "МОУ «Лужская СОШ № 1»", "Наставник", "sch470005")
            .Row("Сетевое наставничество", "2024", "sch470005", "МОУ «Заклинская ООШ»", "подшефная школа", "SCH470001")
            .Row("Сетевое наставничество", "2024", "sch470006", "МОУ «Всеволожская СОШ № 2»", "стажировочная площадка", null)
            .Save(db.File(name));
    }

    /// <summary>
    /// Two rounds of the self-diagnostics under a title and a blank row, a two-row header whose «Баллы по
    /// магистральным направлениям» is merged over three of the directions (written «Знание», «Учитель и школьная
    /// команда», «Здоровье, баллы»), levels in their usual forms, dates as text and as dates, points as text with a
    /// decimal comma, a direction left «-», a trailing «Итого».
    /// </summary>
    public static string SelfDiagnostics(TestDatabase db, string name = "Самодиагностика ОО.xlsx")
    {
        using var wb = new Workbook("Самодиагностика");
        return wb.Row("Результаты самодиагностики ОО — участников проекта «Школа Минпросвещения России»")
            .Blank()
            .Row("Дата самодиагностики", "Логин ОО", "Наименование ОО", "Уровень", "Итого баллов", "Баллы по магистральным направлениям", null, null)
            .MergePrevious(6, 8)
            .Row(null, null, null, null, null, "Знание", "Учитель и школьная команда", "Здоровье, баллы")
            .MergeDown(1).MergeDown(2).MergeDown(3).MergeDown(4).MergeDown(5)
            .Row("15.11.2023", "SCH470001", "МОУ «Лужская СОШ № 1»", "Базовый уровень", "120,5", 20, 12, "9")
            .Row(new DateTime(2023, 11, 15), "sch470005", "МОУ «Заклинская ООШ»", "НИЖЕ БАЗОВОГО УРОВНЯ", 64, 8, "-", 5)
            .Row("20.05.2024", "sch470005", "МОУ «Заклинская ООШ»", "базовый", 101, 14, 9, 7)
            .Blank()
            .Row("Итого", null, null, null, "285,5", null, null, null)
            .Save(db.File(name));
    }

    /// <summary>
    /// Criteria of one round: directions in several spellings, numbers as text «1.10», as «1,9» and as the date Excel
    /// makes of a typed «1.9», points as text, a maximum given for some rows only.
    /// </summary>
    public static string SelfDiagnosticsCriteria(TestDatabase db, string name = "Самодиагностика по показателям.xlsx")
    {
        using var wb = new Workbook("Показатели");
        return wb.Row("Самодиагностика по показателям, ноябрь 2023")
            .Row("Дата проведения самодиагностики", "Логин", "Магистральное направление", "№ показателя", "Наименование показателя", "Баллы", "Макс. балл")
            .Row("15.11.2023", "sch470001", "Знание", "1.9", "Реализация рабочих программ курсов внеурочной деятельности", "0", 2)
            .Row("15.11.2023", "sch470001", "Магистральное направление «Знание»", "1.10", "Участие обучающихся во всероссийской олимпиаде школьников", 1, 3)
            .Row("15.11.2023", "sch470005", "знание: качество и объективность", "1,9", "Реализация рабочих программ курсов внеурочной деятельности", 0, null)
            .Row("15.11.2023", "sch470005", "Учитель. Школьная команда", new DateTime(2023, 2, 7), "Методическое сопровождение педагогов", "0", "н/д")
            .Save(db.File(name));
    }

    /// <summary>
    /// Decision items under the document's title: dates as text and as dates, deadlines in several forms (one
    /// recurring, one empty), responsible parties naming a municipality inflected, the authorities in general, a
    /// regional body; indicator codes in any case; one item done.
    /// </summary>
    public static string Decisions(TestDatabase db, string name = "Решения.xlsx")
    {
        using var wb = new Workbook("Решения");
        return wb.Row("Решения Координационного совета по качеству образования")
            .Row("Документ", "Дата документа", "№ пункта", "Содержание поручения", "Срок исполнения", "Ответственные исполнители", "Показатели", "Дата исполнения", "Отметка об исполнении")
            .Row("Решение КС № 1", "22.12.2020", "1", "Обеспечить наличие документов на сайтах", "до 01 февраля 2021 года",
                "органы местного самоуправления, осуществляющие управление в сфере образования", null, "28.01.2021", "исполнено, письмо от 28.01.2021")
            .Row("Решение КС № 1", new DateTime(2020, 12, 22), "2.1", "Обеспечить участие 100% ПОО в мониторинге СПО", "в течение 2021 года",
                "руководители профессиональных образовательных организаций", "spo_monitoring", null, null)
            .Row("Решение КС № 1", "22.12.2020", "2.2", "Повысить охват технической направленностью", "IV квартал 2021",
                "МОУО Лужского района, комитет образования Гатчинского муниципального района, ЛОИРО", "DOP_TECH, dop_5_18", null, null)
            .Row("Решение КС № 1", "22.12.2020", "3", "Продолжить консультирование", "постоянно",
                "ГАОУ ДПО «ЛОИРО»", null, null, null)
            .Row("Решение КС № 1", "22.12.2020", "4", "Принять информацию к сведению", null, null, null, null, null)
            .Save(db.File(name));
    }
}
