using System.Globalization;
using Edu.Generation.Excel;

namespace Edu.Generation;

/// <summary>
/// ЕГЭ results by school × subject for one year. The first year comes as a «;» CSV the way a
/// government portal publishes it; the others as .xlsx with a title row.
/// </summary>
internal static class EgeFile
{
    public static GeneratedFile Write(Region region, string outDir, int year)
    {
        var options = region.Options;
        var rng = Rng.Derive(options.Seed, "file-ege", year);
        var csv = region.YearIndex(year) == 0 && region.Years.Count > 1;
        var y = year.ToString(CultureInfo.InvariantCulture);
        using var file = TableFile.Create(outDir, $"ЕГЭ_{y}.{(csv ? "csv" : "xlsx")}", "ЕГЭ");
        string[] headers =
        [
            HeaderVariants.Pick(rng, "Год", "год"), HeaderVariants.Code(rng), HeaderVariants.Pick(rng, "Предмет", "предмет"),
            HeaderVariants.Participants(rng),
            HeaderVariants.Pick(rng, "Средний тестовый балл", "Средний  тестовый балл", "средний тестовый балл"),
            HeaderVariants.Pick(rng, "Не преодолели минимальный порог, чел.", "Не преодолели минимальный порог, чел"),
            HeaderVariants.Pick(rng, "81–100 баллов, чел.", "81-100 баллов, чел."),
            HeaderVariants.Pick(rng, "100 баллов, чел.", "100 баллов, чел"),
        ];
        if (csv)
        {
            file.Quirks.Add("CSV: UTF-8 with BOM, «;» separator, decimal comma");
        }
        else
        {
            file.Title($"Результаты ЕГЭ {y} года по общеобразовательным организациям", headers.Length);
            file.Quirks.Add("title row above the header");
        }

        file.HeaderRow(headers);
        var cells = new SheetCell[headers.Length];
        foreach (var school in region.Schools.OrderBy(s => s.Code, StringComparer.Ordinal))
        {
            if (!school.SitsAssessments || !school.HasGrade(11))
            {
                continue;
            }

            var graduates = region.GradeSize(school, 11, year);
            for (var s = 0; s < ExamCatalog.Ege.Count; s++)
            {
                var subject = ExamCatalog.Ege[s];
                var r = Rng.Derive(options.Seed, "ege", school.Index, s, year);
                var n = r.Binomial(graduates, subject.Share * 0.97);
                if (n == 0)
                {
                    continue;
                }

                var mean = Math.Clamp(subject.TypicalMean + (8 * region.Quality(school, year)) + r.Normal(0, 2.5), 25, 92);
                // The slope keeps failures near the threshold-prone schools: 2–18% per subject, as published.
                var failed = r.Binomial(n, Logistic((subject.Threshold - mean) / 10.0));
                var high = r.Binomial(n - failed, Logistic((mean - 81) / 14.0));
                var hundred = r.Binomial(high, 0.03);
                var reported = Math.Round(Math.Clamp(mean + r.Normal(0, 14 / Math.Sqrt(n)), 10, 99), 1);
                cells[0] = year;
                cells[1] = school.Code;
                cells[2] = subject.Name;
                cells[3] = n;
                cells[4] = reported;
                cells[5] = failed;
                cells[6] = high;
                cells[7] = hundred;
                file.Row(cells);
                file.DataRows++;
            }
        }

        return file.Describe(GeneratedKind.Ege, year);
    }

    // A logistic curve scaled to stand in for the normal CDF of test scores.
    private static double Logistic(double z) => 1.0 / (1.0 + Math.Exp(-1.7 * z));
}
