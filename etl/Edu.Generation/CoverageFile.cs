using System.Globalization;
using Edu.Generation.Excel;

namespace Edu.Generation;

/// <summary>
/// Охват дополнительным образованием per municipality at one reporting date, with a trailing
/// «Всего» row. Shares climb over the years with a summer dip, so the committee targets are
/// reached by some municipalities and missed by others.
/// </summary>
internal static class CoverageFile
{
    public static IReadOnlyList<DateOnly> ReportingDates(GeneratorOptions options)
    {
        var dates = new List<DateOnly>();
        for (var year = Math.Min(options.CoverageFirstYear, options.FirstYear); year <= options.LastYear; year++)
        {
            dates.AddRange([new DateOnly(year, 1, 1), new DateOnly(year, 4, 1), new DateOnly(year, 7, 1), new DateOnly(year, 10, 1)]);
        }

        return dates;
    }

    public static GeneratedFile Write(Region region, string outDir, DateOnly date, bool numbersAsText)
    {
        var options = region.Options;
        var rng = Rng.Derive(options.Seed, "file-coverage", date.DayNumber);
        var dateText = date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        using var file = TableFile.Create(outDir, $"Охват_ДО_{dateText}.xlsx", "Охват");
        string[] headers =
        [
            HeaderVariants.Pick(rng, "Отчётная дата", "Отчетная дата", "отчётная дата"), HeaderVariants.Municipality(rng),
            HeaderVariants.Pick(rng, "Численность детей 5–18 лет", "Численность детей 5-18 лет"),
            HeaderVariants.Pick(rng, "Охвачено дополнительным образованием", "Охвачено  дополнительным образованием"),
            HeaderVariants.Pick(rng, "в т.ч. техническая и естественнонаучная направленности", "в т. ч. техническая и естественнонаучная направленности"),
            HeaderVariants.Pick(rng, "Численность детей с ОВЗ 5–18 лет", "Численность детей с ОВЗ 5-18 лет"),
            HeaderVariants.Pick(rng, "Охвачено детей с ОВЗ", "Охвачено детей с ОВЗ "),
        ];
        file.Title("Мониторинг охвата детей дополнительным образованием (Навигатор ДО Ленинградской области)", headers.Length);
        file.Title($"по состоянию на {dateText}", headers.Length);
        file.HeaderRow(headers);
        file.Quirks.Add("two title rows; trailing «Всего» row");
        if (numbersAsText)
        {
            file.Quirks.Add("every number and the date stored as text");
        }

        var enrolment = region.Schools.GroupBy(s => s.Municipality.Code).ToDictionary(g => g.Key, g => g.Sum(s => (long)s.Enrolment));
        var totals = new long[5];
        var cells = new SheetCell[headers.Length];
        foreach (var municipality in MunicipalityCatalog.All)
        {
            var values = Values(options, municipality, date, enrolment.GetValueOrDefault(municipality.Code));
            cells[0] = numbersAsText ? dateText : date;
            cells[1] = rng.Pick(municipality.NameForms);
            for (var i = 0; i < values.Length; i++)
            {
                cells[2 + i] = Number(values[i], numbersAsText);
                totals[i] += values[i];
            }

            file.Row(cells);
            file.DataRows++;
        }

        cells[0] = SheetCell.Empty;
        cells[1] = "Всего";
        for (var i = 0; i < totals.Length; i++)
        {
            cells[2 + i] = Number(totals[i], numbersAsText);
        }

        file.Row(cells);
        return file.Describe(GeneratedKind.Coverage, date.Year, date: date);
    }

    private static SheetCell Number(long value, bool asText) =>
        asText ? SheetCell.Of(value.ToString(CultureInfo.InvariantCulture)) : SheetCell.Of(value);

    /// <summary>Children of 5–18 years in a municipality at a date: the denominator of coverage, and of ПФДО certificates.</summary>
    public static long Children(DateOnly date, long enrolment) => (long)Math.Round(enrolment * 1.18 * (1 + (0.01 * YearsSince2019(date))));

    private static double YearsSince2019(DateOnly date) => (date.DayNumber - new DateOnly(2019, 1, 1).DayNumber) / 365.25;

    private static long[] Values(GeneratorOptions options, Municipality municipality, DateOnly date, long enrolment)
    {
        var code = int.Parse(municipality.Code, CultureInfo.InvariantCulture);
        var trend = Rng.Derive(options.Seed, "coverage-trend", code);
        var noise = Rng.Derive(options.Seed, "coverage-noise", code, date.DayNumber);
        var years = YearsSince2019(date);
        var summer = date.Month == 7 ? -0.03 : 0;

        var children = Children(date, enrolment);
        var all = Math.Clamp(trend.Normal(0.64, 0.04) + (years * trend.Normal(0.025, 0.008)) + summer + noise.Normal(0, 0.005), 0.3, 0.97);
        var tech = Math.Clamp(trend.Normal(0.13, 0.02) + (years * trend.Normal(0.03, 0.008)) + summer + noise.Normal(0, 0.004), 0.03, all);
        var ovzChildren = (long)Math.Round(children * trend.Normal(0.065, 0.008));
        var ovz = Math.Clamp(trend.Normal(0.30, 0.05) + (years * trend.Normal(0.065, 0.015)) + summer + noise.Normal(0, 0.01), 0.1, 0.95);
        return
        [
            children, (long)Math.Round(children * all), (long)Math.Round(children * tech),
            ovzChildren, (long)Math.Round(ovzChildren * ovz),
        ];
    }
}
