using Edu.Generation.Committee;
using Edu.Generation.Excel;

namespace Edu.Generation;

/// <summary>
/// Целевые показатели: the targets the committee's documents set (../shared/seeds), each with its source in
/// «Источник», and a few illustrative ones the documents do not state, labelled so in the same column (SPEC §11).
/// </summary>
internal static class TargetsFile
{
    private const string Dop518 = "Доля детей 5–18 лет, охваченных дополнительным образованием, %";
    private const string DopTech = "Доля детей 5–18 лет, охваченных программами технической и естественнонаучной направленностей, %";
    private const string DopOvz = "Доля детей с ОВЗ 5–18 лет, охваченных дополнительным образованием, %";
    private const string Shnor = "Доля школ с низкими образовательными результатами (ШНОР), %";
    private const string Objectivity = "Уровень объективности результатов ВПР, %";
    private const string ShnorExit = "Доля школ «ШНОР» прошлого года, вышедших из списка, %";

    private const string Meetings2019 = "Решения по итогам окружных совещаний руководителей ОО 2019 г., «Целевая модель дополнительного образования детей»";
    private const string Subsidy2020 = "Распоряжение комитета от 03.02.2020 № 178-р, приложение 2 (срок — срок оказания услуг по ТЗ: февраль – декабрь 2020 года)";
    private const string Illustrative = "Иллюстративное значение: в решениях комитета и совета его нет";

    private static readonly (string Code, string Name, double Value)[] SubsidyOutputs =
    [
        ("SUB_KPK_OKO", "Курсы ПК «Оценка качества образования в образовательной организации»: обучено, чел.", 50),
        ("SUB_KPK_VPR4", "Курсы ПК «Оценивание ответов на задания ВПР 4 класс»: обучено, чел.", 400),
        ("SUB_MUN_PROGRAMS", "Анализ муниципальных программ поддержки школ с низкими результатами, ед.", 18),
        ("SUB_PROGRAMS_MONITORED", "Мониторинг результативности программ улучшения образовательных результатов, программ", 35),
        ("SUB_LOCAL_ACT", "Проект положения о стажировочных площадках на базах резильентных школ, ед.", 1),
        ("SUB_GUIDELINES", "Методические рекомендации по сетевым объединениям школ с низкими и высокими результатами, ед.", 1),
        ("SUB_MENTORING_PROGRAM", "Региональная инновационная программа «Сетевое наставничество…», ед.", 1),
        ("SUB_SEMINARS", "Проблемные семинары для руководителей методических служб, ед.", 2),
        ("SUB_EXPERT_SESSIONS", "Экспертные сессии в образовательных округах, ед.", 5),
        ("SUB_CONSULTATIONS", "Виртуальная приёмная: групповые консультации, ед.", 18),
        ("SUB_COLLECTION", "Сборник материалов «Управление процессом реализации программ по переходу в эффективный режим развития», ед.", 1),
        ("SUB_STUDY_VISITS", "Выездные стажировки команд школ в два региона РФ, ед.", 2),
        ("SUB_WEBINARS", "Вебинары, ед.", 2),
    ];

    public static GeneratedFile Write(Region region, string outDir)
    {
        var last = region.Options.LastYear;
        using var file = TableFile.Create(outDir, "Целевые_показатели.xlsx", "Показатели");
        string[] headers = ["Код показателя", "Показатель", "Муниципалитет", "Срок", "Целевое значение", "Условие", "Источник"];
        file.Title("Целевые показатели: из решений комитета и Координационного совета по качеству образования; иллюстративные помечены в столбце «Источник»", headers.Length);
        file.Blank();
        file.HeaderRow(headers);
        file.Quirks.Add("title row and a blank row; empty Муниципалитет = every municipality and the region; «Источник» names the document or says the value is illustrative");

        var municipalities = MunicipalityCatalog.All;
        var vsevolozhsky = municipalities.First(m => m.Stem == "Всеволожский");
        var slantsevsky = municipalities.First(m => m.Stem == "Сланцевский");
        var regionName = MunicipalityCatalog.RegionName;
        // Participants of «Билет в будущее» the region could reach: a quarter of its pupils, in hundreds.
        var biletGoal = Math.Round(region.Schools.Sum(s => (double)s.Enrolment) * 0.25 / 100) * 100;
        (string Code, string Name, string Municipality, DateOnly Deadline, double Value, string Condition, string Source)[] rows =
        [
            ("DOP_5_18", Dop518, "", new(2019, 11, 1), 65, "не менее", Meetings2019 + ", п. 1"),
            ("DOP_5_18", Dop518, "", new(2019, 11, 15), 75, "не менее", Meetings2019 + ", п. 1"),
            ("DOP_TECH", DopTech, "", new(2019, 12, 31), 16, "не менее", Meetings2019 + ", п. 3"),
            ("DOP_TECH", DopTech, "", new(2020, 12, 31), 20, "не менее", Meetings2019 + ", п. 3"),
            ("DOP_TECH", DopTech, "", new(2021, 12, 31), 25, "не менее", Meetings2019 + ", п. 3"),
            ("DOP_OVZ", DopOvz, "", new(2019, 12, 31), 34, "не менее", Meetings2019 + ", п. 4"),
            ("DOP_OVZ", DopOvz, "", new(2024, 12, 31), 70, "не менее", Meetings2019 + ", п. 4 («до 2024 года» — срок принят 31.12.2024)"),
            (IndicatorValuesFile.Spo, "Доля профессиональных образовательных организаций — участников мониторинга СПО, %", regionName, new(2021, 12, 31), 100, "не менее",
                "Решение Координационного совета от 22.12.2020 № 1, вопрос 2, п. 1 («обязательное участие 100% … в 2021 году»)"),
            ("SD_BASIC", "Доля ОО с уровнем самодиагностики не ниже базового, %", "", new(2024, 5, 30), 100, "не менее",
                "Решение совещания от 22.12.2023 по проекту «Школа Минпросвещения России», п. 17"),
            .. SubsidyOutputs.Select((o, i) => (o.Code, o.Name, regionName, new DateOnly(2020, 12, 31), o.Value, "не менее", $"{Subsidy2020}, п. {i + 1}")),
            ("SHNOR_SHARE", Shnor, "", new(last, 6, 30), 5, "не более", Illustrative),
            ("OBJECTIVITY", Objectivity, "", new(last, 6, 30), 90, "не менее", Illustrative),
            ("SHNOR_EXIT", ShnorExit, "", new(last, 6, 30), 50, "не менее", Illustrative),
            ("DOP_TECH", DopTech, vsevolozhsky.Stem + " район", new(last, 12, 31), 30, "не менее", Illustrative),
            ("SHNOR_SHARE", Shnor, slantsevsky.Name, new(last, 6, 30), 10, "не более", Illustrative),
            (IndicatorValuesFile.Bilet, "Участники проекта ранней профориентации «Билет в будущее», чел.", regionName, new(last, 12, 31), biletGoal, "не менее", Illustrative),
            (IndicatorValuesFile.Pfdo, "Доля детей 5–18 лет с сертификатом персонифицированного финансирования ДО, %", "", new(2021, 12, 31), 25, "не менее", Illustrative),
        ];
        foreach (var row in rows)
        {
            file.Row([row.Code, row.Name, row.Municipality.Length == 0 ? SheetCell.Empty : row.Municipality, row.Deadline, row.Value, row.Condition, row.Source]);
            file.DataRows++;
        }

        return file.Describe(GeneratedKind.Targets, last);
    }
}
