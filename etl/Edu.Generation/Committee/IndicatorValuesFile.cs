using System.Globalization;
using Edu.Generation.Excel;

namespace Edu.Generation.Committee;

/// <summary>
/// Значения показателей for three of the indicators the committee's documents name and the product does not compute
/// (SPEC §11), one of each kind the region rule knows: SPO_MONITORING — the share of professional colleges in the СПО
/// monitoring, a percent the region reports as a whole (decision of 22.12.2020: 100% in 2021); BILET — participants of
/// «Билет в будущее» per municipality, a count (2019 decisions); PFDO — children with a ПФДО certificate per
/// municipality, as numerator and denominator (2019 decisions). Values are synthetic, shaped by the region's size.
/// </summary>
internal static class IndicatorValuesFile
{
    public const string Spo = "SPO_MONITORING";
    public const string Bilet = "BILET";
    public const string Pfdo = "PFDO";

    // Reported values start with the 2019 decisions, like the coverage reports.
    private const int FirstYear = 2019;

    public static GeneratedFile Write(Region region, string outDir)
    {
        var options = region.Options;
        var rng = Rng.Derive(options.Seed, "file-indicator-values");
        using var file = TableFile.Create(outDir, "Значения_показателей.xlsx", "Значения");
        string[] headers = ["Код показателя", "Показатель", HeaderVariants.Municipality(rng), "Дата значения", "Значение", "Числитель", "Знаменатель", "Единица"];
        file.Title("Значения показателей, не рассчитываемых из данных (отчёты МОУО и ПОО)", headers.Length);
        file.Title($"по состоянию на 31.12.{options.LastYear.ToString(CultureInfo.InvariantCulture)}", headers.Length);
        file.HeaderRow(headers);
        file.Quirks.AddRange(
        [
            "two title rows; a blank row between indicators",
            "the region's own row with Муниципалитет empty in early years and «Ленинградская область» later",
            "counts as text with a space between thousands in one indicator",
        ]);

        var lastYear = Math.Max(options.LastYear, FirstYear);
        var enrolment = region.Schools.GroupBy(s => s.Municipality.Code).ToDictionary(g => g.Key, g => g.Sum(s => (long)s.Enrolment));
        var cells = new SheetCell[headers.Length];

        var spo = Rng.Derive(options.Seed, "indicator-spo");
        for (var year = FirstYear; year <= lastYear; year++)
        {
            var share = Math.Min(100, Math.Round(71 + (10 * (year - FirstYear)) + spo.Normal(0, 2.5), 1));
            Row(file, cells, Spo, "Доля профессиональных образовательных организаций — участников мониторинга СПО, %",
                year < 2022 ? SheetCell.Empty : MunicipalityCatalog.RegionName, new DateOnly(year, 12, 31), share, null, null, "%");
        }

        file.Blank();
        foreach (var municipality in MunicipalityCatalog.All)
        {
            var trend = Rng.Derive(options.Seed, "indicator-bilet", int.Parse(municipality.Code, CultureInfo.InvariantCulture));
            var start = trend.Between(0.10, 0.20);
            for (var year = FirstYear; year <= lastYear; year++)
            {
                // Pupils of grades 6–11 are about half of the enrolment; participation grows year by year.
                var participants = (long)Math.Round(enrolment.GetValueOrDefault(municipality.Code) * 0.5 * Math.Min(0.9, start + (0.08 * (year - FirstYear))));
                Row(file, cells, Bilet, "Участники проекта ранней профориентации «Билет в будущее», чел.", rng.Pick(municipality.NameForms),
                    new DateOnly(year, 12, 31), SheetCell.Of(participants.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ')), null, null, "чел.");
            }
        }

        file.Blank();
        foreach (var municipality in MunicipalityCatalog.All)
        {
            var trend = Rng.Derive(options.Seed, "indicator-pfdo", int.Parse(municipality.Code, CultureInfo.InvariantCulture));
            var start = trend.Between(0.02, 0.08);
            var growth = trend.Between(0.025, 0.05);
            for (var year = FirstYear; year <= lastYear; year++)
            {
                foreach (var date in new[] { new DateOnly(year, 1, 1), new DateOnly(year, 7, 1) })
                {
                    var children = CoverageFile.Children(date, enrolment.GetValueOrDefault(municipality.Code));
                    var years = (date.DayNumber - new DateOnly(FirstYear, 1, 1).DayNumber) / 365.25;
                    var certificates = (long)Math.Round(children * Math.Min(0.6, start + (growth * years)));
                    Row(file, cells, Pfdo, "Доля детей 5–18 лет с сертификатом персонифицированного финансирования ДО, %", rng.Pick(municipality.NameForms),
                        date, SheetCell.Empty, certificates, children, "%");
                }
            }
        }

        return file.Describe(GeneratedKind.IndicatorValues, options.LastYear);
    }

    private static void Row(TableFile file, SheetCell[] cells, string code, string name, SheetCell municipality, DateOnly date,
        SheetCell value, double? numerator, double? denominator, string unit)
    {
        cells[0] = code;
        cells[1] = name;
        cells[2] = municipality;
        cells[3] = date;
        cells[4] = value;
        cells[5] = numerator is { } n ? SheetCell.Of(n) : SheetCell.Empty;
        cells[6] = denominator is { } d ? SheetCell.Of(d) : SheetCell.Empty;
        cells[7] = unit;
        file.Row(cells);
        file.DataRows++;
    }
}
