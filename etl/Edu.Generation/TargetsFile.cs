using Edu.Generation.Excel;

namespace Edu.Generation;

/// <summary>
/// Целевые показатели. Values and deadlines of DOP_* come from the committee decisions of 2019
/// (seeds 003: охват 5–18 лет 65% к 01.11.2019 и 75% к 15.11.2019; техническая и
/// естественнонаучная направленности 16/20/25% в 2019/2020/2021; дети с ОВЗ 34% в 2019 и 70%
/// к 2024). The documents give no numbers for the ШНОР share, objectivity and the exit from the ШНОР list, so
/// those three are our assumptions, dated 30 June of the last year as the indicators are.
/// </summary>
internal static class TargetsFile
{
    private const string Dop518 = "Доля детей 5–18 лет, охваченных дополнительным образованием, %";
    private const string DopTech = "Доля детей 5–18 лет, охваченных программами технической и естественнонаучной направленностей, %";
    private const string DopOvz = "Доля детей с ОВЗ 5–18 лет, охваченных дополнительным образованием, %";
    private const string Shnor = "Доля школ с низкими образовательными результатами (ШНОР), %";
    private const string Objectivity = "Уровень объективности результатов ВПР, %";
    private const string ShnorExit = "Доля школ «ШНОР» прошлого года, вышедших из списка, %";

    public static GeneratedFile Write(Region region, string outDir)
    {
        var last = region.Options.LastYear;
        using var file = TableFile.Create(outDir, "Целевые_показатели.xlsx", "Показатели");
        string[] headers = ["Код показателя", "Показатель", "Муниципалитет", "Срок", "Целевое значение", "Условие"];
        file.Title("Целевые показатели (решения Координационного совета по качеству образования)", headers.Length);
        file.Blank();
        file.HeaderRow(headers);
        file.Quirks.Add("title row and a blank row; empty Муниципалитет = every municipality and the region");

        var municipalities = MunicipalityCatalog.All;
        var vsevolozhsky = municipalities.First(m => m.Stem == "Всеволожский");
        var slantsevsky = municipalities.First(m => m.Stem == "Сланцевский");
        (string Code, string Name, string Municipality, DateOnly Deadline, double Value, string Condition)[] rows =
        [
            ("DOP_5_18", Dop518, "", new(2019, 11, 1), 65, "не менее"),
            ("DOP_5_18", Dop518, "", new(2019, 11, 15), 75, "не менее"),
            ("DOP_TECH", DopTech, "", new(2019, 12, 31), 16, "не менее"),
            ("DOP_TECH", DopTech, "", new(2020, 12, 31), 20, "не менее"),
            ("DOP_TECH", DopTech, "", new(2021, 12, 31), 25, "не менее"),
            ("DOP_OVZ", DopOvz, "", new(2019, 12, 31), 34, "не менее"),
            ("DOP_OVZ", DopOvz, "", new(2024, 12, 31), 70, "не менее"),
            ("SHNOR_SHARE", Shnor, "", new(last, 6, 30), 5, "не более"),
            ("OBJECTIVITY", Objectivity, "", new(last, 6, 30), 90, "не менее"),
            ("SHNOR_EXIT", ShnorExit, "", new(last, 6, 30), 50, "не менее"),
            ("DOP_TECH", DopTech, vsevolozhsky.Stem + " район", new(last, 12, 31), 30, "не менее"),
            ("SHNOR_SHARE", Shnor, slantsevsky.Name, new(last, 6, 30), 10, "не более"),
        ];
        foreach (var row in rows)
        {
            file.Row([row.Code, row.Name, row.Municipality.Length == 0 ? SheetCell.Empty : row.Municipality, row.Deadline, row.Value, row.Condition]);
            file.DataRows++;
        }

        return file.Describe(GeneratedKind.Targets, last);
    }
}
