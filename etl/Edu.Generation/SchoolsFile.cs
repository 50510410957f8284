using System.Globalization;
using Edu.Generation.Excel;

namespace Edu.Generation;

/// <summary>Справочник ОО: title rows, municipalities in varied forms, a blank row between municipalities.</summary>
internal static class SchoolsFile
{
    public static GeneratedFile Write(Region region, string outDir)
    {
        var options = region.Options;
        var rng = Rng.Derive(options.Seed, "file-schools");
        using var file = TableFile.Create(outDir, $"Справочник_ОО_{options.LastYear}.xlsx", "Справочник");
        string[] headers =
        [
            "№ п/п", HeaderVariants.Municipality(rng), HeaderVariants.Login(rng), HeaderVariants.Code(rng),
            HeaderVariants.Pick(rng, "Наименование ОО", "Наименование  ОО", "наименование ОО"),
            HeaderVariants.Pick(rng, "Тип ОО", "тип ОО"),
            HeaderVariants.Pick(rng, "Тип местности", "тип местности", "Тип местности "),
            HeaderVariants.Pick(rng, "Численность обучающихся", "численность обучающихся"),
        ];
        file.Title("Справочник общеобразовательных организаций", headers.Length);
        file.Title($"по состоянию на 01.09.{options.LastYear.ToString(CultureInfo.InvariantCulture)}", headers.Length);
        file.Blank();
        file.HeaderRow(headers);
        file.Quirks.AddRange(
        [
            "two title rows and a blank row above the header",
            "municipality named in varied forms (stem, «район», «муниципальный район», «ГО»)",
            "a blank row between municipalities",
            "Код ОО is text with a leading zero",
        ]);

        var cells = new SheetCell[headers.Length];
        var number = 0;
        foreach (var group in region.Schools.GroupBy(s => s.Municipality.Code).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (number > 0)
            {
                file.Blank();
            }

            foreach (var school in group.OrderBy(s => s.Login, StringComparer.Ordinal))
            {
                cells[0] = ++number;
                cells[1] = rng.Pick(school.Municipality.NameForms);
                cells[2] = school.Login;
                cells[3] = school.Code;
                cells[4] = school.Name;
                cells[5] = school.Type;
                cells[6] = school.Settlement;
                cells[7] = school.Enrolment;
                file.Row(cells);
            }
        }

        file.DataRows = number;
        return file.Describe(GeneratedKind.Schools, options.LastYear);
    }
}
