using System.Text;
using ClosedXML.Excel;

namespace Edu.Dashboard.Tests.Support;

/// <summary>Small input files in the layouts the loader reads, written fresh for each test database.</summary>
public static class SeedFiles
{
    public const string LugaSchool = "sch470001";
    public const string LugaRuralSchool = "sch470002";
    public const string GatchinaSchool = "sch470003";
    public const string GatchinaName = "Гатчинская гимназия";
    public const string FormulaName = "=1+1";

    public static string Schools(string folder) => Xlsx(folder, "Справочник ОО.xlsx",
        ["Логин ОО", "Код ОО", "Наименование ОО", "Муниципалитет", "Тип ОО", "Тип местности", "Численность обучающихся"],
        [LugaSchool, "410001", "МОУ «Лужская СОШ № 1»", "Лужский район", "СОШ", "город", 812],
        [LugaRuralSchool, "410002", "МОУ «Толмачёвская СОШ»", "Лужский", "СОШ", "село", 240],
        [GatchinaSchool, "430001", $"МБОУ «{GatchinaName}»", "Гатчинский район", "гимназия", "город", 1100],
        ["sch470004", "430002", FormulaName, "Гатчинский район", "ООШ", "село", 64],
        ["sch470005", "470001", "МБОУ «Лицей № 8»", "Сосновоборский ГО", "лицей", "город", 950]);

    public static string Context(string folder) => Xlsx(folder, "Контекст 2024.xlsx",
        ["Год", "Логин ОО", "Доля обучающихся из малообеспеченных семей, %", "Доля обучающихся с ОВЗ, %",
            "Доля обучающихся, для которых русский язык не родной, %", "Доля обучающихся, оба родителя которых имеют высшее образование, %",
            "Доля обучающихся из неполных семей, %", "Укомплектованность педагогическими кадрами, %"],
        [2024, LugaSchool, 12.5, 3.1, 2, 45.3, 18, 100],
        [2024, GatchinaSchool, 5, 1.5, 4, 71, 11, 100]);

    public static string VprMarks(string folder) => Xlsx(folder, "ВПР отметки 2024.xlsx",
        ["Год", "Предмет", "Класс", "Логин ОО", "Кол-во участников", "2", "3", "4", "5"],
        [2024, "Математика", 5, LugaSchool, 48, 10.5, 45.3, 34.2, 10],
        [2024, "Математика", 5, GatchinaSchool, 75, 2, 20, 48, 30]);

    public static string Ege(string folder) => Xlsx(folder, "ЕГЭ 2024.xlsx",
        ["Год", "Код ОО", "Код предмета", "Кол-во участников", "Средний тестовый балл", "Не преодолели минимальный порог, чел.", "81–100 баллов, чел.", "100 баллов, чел."],
        [2024, "410001", "1", 40, 68.4, 1, 9, 1],
        [2024, "430001", "1", 75, 81.2, 0, 40, 3]);

    /// <summary>
    /// ВПР individual results in the ФИС ОКО form (title row, then participants), 12 per school so both are counted:
    /// the Luga school's ВПР marks are all below the journal's (100 % «понизили»: marks vs journal flagged), the
    /// Gatchina school's equal the journal and its scores rise with the journal marks (nothing flagged).
    /// </summary>
    public static string VprIndividual(string folder)
    {
        var rows = new List<object?[]>
        {
            new object?[] { "ВПР 2024 Русский язык 5 класс" },
            new object?[] { "Логин ОО", "Муниципалитет", "Название ОО", "Код участника", "Класс", "Вариант", "1 (5б)", "2 (5б)", "Первичный балл", "Отметка", "Отметка по журналу" },
        };
        for (var i = 0; i < 12; i++)
            rows.Add([LugaSchool, "Лужский район", "МОУ «Лужская СОШ № 1»", $"L{i:00}", "5А", "1", 2, 1 + (i % 3), 3 + (i % 3), 3, 5]);
        for (var i = 0; i < 12; i++)
        {
            var journal = 3 + (i % 3);
            rows.Add([GatchinaSchool, "Гатчинский район", $"МБОУ «{GatchinaName}»", $"G{i:00}", "5Б", "1", journal, journal - 1, (2 * journal) - 1, journal, journal]);
        }
        return Xlsx(folder, "ВПР 2024 Русский язык 5.xlsx", [.. rows]);
    }

    /// <summary>
    /// Four decision items of one document (22.12.2023): Луга's own (1), Гатчина's own, naming its gymnasium (2), a
    /// regional one naming Sosnovy Bor's colleges and SPO_MONITORING (3), and one of every municipality with BILET (4,
    /// done late). A municipal user of Луга must see 1 and 4 only.
    /// </summary>
    public static string Decisions(string folder) => Xlsx(folder, "Решения.xlsx",
        ["Документ", "Дата документа", "Пункт", "Содержание", "Срок", "Ответственные", "Показатели", "Дата исполнения"],
        ["Решение совещания", "22.12.2023", "1", "Провести семинар для школ Луги", "до 10 января 2024 года", "МОУО Лужского района", null, null],
        ["Решение совещания", "22.12.2023", "2", $"Поддержать МБОУ «{GatchinaName}»", "июнь 2024 года", "комитет образования Гатчинского района", null, null],
        ["Решение совещания", "22.12.2023", "3", "Обеспечить участие колледжей Сосновоборского городского округа в мониторинге СПО", "в течение 2024 года",
            "руководители профессиональных образовательных организаций", "SPO_MONITORING", null],
        ["Решение совещания", "22.12.2023", "4", "Обеспечить участие обучающихся в проекте «Билет в будущее»", "до 31.03.2024",
            "органы местного самоуправления, осуществляющие управление в сфере образования", "BILET", "15.04.2024"]);

    /// <summary>
    /// BILET per municipality at the end of 2022, 2023 and 2024: Луга 80, 100, 160; Гатчина 250, 300, 330; the region's
    /// own rows 1800, 2000, 2400. SPO_MONITORING for the region only: 72.5, 80.5, 100.
    /// </summary>
    public static string IndicatorValues(string folder) => Xlsx(folder, "Значения показателей.xlsx",
        ["Код показателя", "Муниципалитет", "Дата значения", "Значение", "Единица"],
        ["BILET", "Лужский район", "31.12.2022", 80, "чел."], ["BILET", "Лужский район", "31.12.2023", 100, "чел."], ["BILET", "Лужский район", "31.12.2024", 160, "чел."],
        ["BILET", "Гатчинский район", "31.12.2022", 250, "чел."], ["BILET", "Гатчинский район", "31.12.2023", 300, "чел."], ["BILET", "Гатчинский район", "31.12.2024", 330, "чел."],
        ["BILET", "Ленинградская область", "31.12.2022", 1800, "чел."], ["BILET", "Ленинградская область", "31.12.2023", 2000, "чел."],
        ["BILET", "Ленинградская область", "31.12.2024", 2400, "чел."],
        ["SPO_MONITORING", "Ленинградская область", "31.12.2022", 72.5, "%"], ["SPO_MONITORING", "Ленинградская область", "31.12.2023", 80.5, "%"],
        ["SPO_MONITORING", "Ленинградская область", "31.12.2024", 100, "%"]);

    public static string Targets(string folder) => Xlsx(folder, "Цели.xlsx",
        ["Код показателя", "Показатель", "Муниципалитет", "Срок", "Целевое значение", "Условие"],
        ["BILET", "Участники «Билета в будущее», чел.", null, "31.12.2024", 200, "не менее"],
        ["SPO_MONITORING", "Доля ПОО в мониторинге СПО, %", "Ленинградская область", "31.12.2024", 100, "не менее"]);

    /// <summary>Луга's school in the stable-high project of 2024 and in a mentoring pair with Луга's rural school; the Gatchina gymnasium in the stable-high project.</summary>
    public static string Rosters(string folder) => Xlsx(folder, "Участники проектов.xlsx",
        ["Проект", "Год", "Логин ОО", "Роль", "Логин ОО партнёра"],
        ["Стабильно высокие образовательные результаты", 2024, LugaSchool, "участник", null],
        ["Стабильно высокие образовательные результаты", 2024, GatchinaSchool, "участник", null],
        ["Сетевое наставничество", 2024, LugaSchool, "наставник", LugaRuralSchool],
        ["Сетевое наставничество", 2024, LugaRuralSchool, "подшефная", LugaSchool]);

    /// <summary>
    /// ВПР marks of 2023 and more of 2024 that make the Luga school «ШНОР» in 2024 (the card fixture): «2» in
    /// Математика 5 — 35 % in 2023, 40 % in 2024 (ground Б) — and Математика 6 — 30 % in 2024 (with Математика 5, ground А).
    /// The Gatchina school stays low in nothing. Математика 5 of 2024 replaces the seed's.
    /// </summary>
    public static string VprMarks2023(string folder) => Xlsx(folder, "ВПР отметки 2023.xlsx",
        ["Год", "Предмет", "Класс", "Логин ОО", "Кол-во участников", "2", "3", "4", "5"],
        [2023, "Математика", 5, LugaSchool, 40, 35, 40, 20, 5],
        [2023, "Математика", 5, GatchinaSchool, 60, 5, 25, 40, 30]);

    public static string VprMarksShnor2024(string folder) => Xlsx(folder, "ВПР отметки 2024 ШНОР.xlsx",
        ["Год", "Предмет", "Класс", "Логин ОО", "Кол-во участников", "2", "3", "4", "5"],
        [2024, "Математика", 5, LugaSchool, 48, 40, 40, 15, 5],
        [2024, "Математика", 5, GatchinaSchool, 75, 2, 20, 48, 30],
        [2024, "Математика", 6, LugaSchool, 50, 30, 40, 20, 10],
        [2024, "Математика", 6, GatchinaSchool, 70, 10, 30, 30, 30]);

    public const string Task1Skill = "Списывать текст с пропусками орфограмм";

    /// <summary>The codifier of <see cref="VprIndividual"/>'s paper: task 1 described, task 2 left «—» (it shows its number only).</summary>
    public static string VprTasks(string folder) => Xlsx(folder, "Кодификатор ВПР 2024 Русский язык 5.xlsx",
        ["Год", "Предмет", "Класс", "Номер задания", "Проверяемые требования (умения)", "Максимальный балл"],
        [2024, "Русский язык", 5, "1", Task1Skill, 5],
        [2024, "Русский язык", 5, "2", "—", 5]);

    /// <summary>A schools file whose rows name an unknown municipality and a bad enrolment: rejected with row-level messages.</summary>
    public static string BrokenSchools(string folder) => Xlsx(folder, "Справочник с ошибками.xlsx",
        ["Логин ОО", "Код ОО", "Наименование ОО", "Муниципалитет", "Тип ОО", "Тип местности", "Численность обучающихся"],
        ["sch479001", "419001", "МОУ «Новая школа»", "Неизвестный район", "СОШ", "город", "много"]);

    public static string Xlsx(string folder, string name, params object?[][] rows)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Лист1");
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++)
            {
                var cell = sheet.Cell(r + 1, c + 1);
                switch (rows[r][c])
                {
                    case null: break;
                    case string s: cell.SetValue(s); cell.DataType = XLDataType.Text; break;
                    case int i: cell.SetValue(i); break;
                    case double d: cell.SetValue(d); break;
                }
            }
        workbook.SaveAs(path);
        return path;
    }

    public static byte[] Bytes(string path) => File.ReadAllBytes(path);

    /// <summary>
    /// A large ВПР individual-results CSV (ФИС ОКО columns) of <paramref name="rows"/> works split between the two
    /// seeded schools: a file that takes the loader some seconds, for tests of what happens while it loads.
    /// </summary>
    public static string LargeVprIndividual(string folder, string name, int year, int rows)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(true));
        writer.WriteLine($"ВПР {year} Математика 5 класс");
        writer.WriteLine("Логин ОО;Муниципалитет;Название ОО;Код участника;Класс;Вариант;1 (1б);2 (1б);3 (2б);Первичный балл;Отметка;Отметка по журналу");
        for (var i = 0; i < rows; i++)
        {
            var (login, municipality) = i % 2 == 0 ? (LugaSchool, "Лужский район") : (GatchinaSchool, "Гатчинский район");
            writer.WriteLine($"{login};{municipality};ОО;{i};5А;1;1;{i % 2};{i % 3};{1 + (i % 2) + (i % 3)};{3 + (i % 3)};4");
        }
        return path;
    }

    public static byte[] Csv(int approximateBytes)
    {
        var text = new StringBuilder("Год;Логин ОО\r\n");
        while (text.Length < approximateBytes) text.Append("2024;sch470001\r\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
