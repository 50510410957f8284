using System.Globalization;
using Edu.Generation.Excel;

namespace Edu.Generation;

/// <summary>
/// Контекстные данные ОО for one year. The three years differ on purpose: the first carries
/// the school year «2022/2023» and a title row, the second writes shares as text with decimal
/// commas and missing-value codes, the others are plain numbers with empty cells for gaps.
/// </summary>
internal static class ContextFile
{
    private static readonly string[] ShareHeaders =
    [
        "Доля обучающихся из малообеспеченных семей, %",
        "Доля обучающихся с ОВЗ, %",
        "Доля обучающихся, для которых русский язык не родной, %",
        "Доля обучающихся, оба родителя которых имеют высшее образование, %",
        "Доля обучающихся из неполных семей, %",
        "Укомплектованность педагогическими кадрами, %",
    ];

    public static GeneratedFile Write(Region region, string outDir, int year)
    {
        var options = region.Options;
        var rng = Rng.Derive(options.Seed, "file-context", year);
        var style = region.YearIndex(year) % 3;
        using var file = TableFile.Create(outDir, $"Контекст_ОО_{year.ToString(CultureInfo.InvariantCulture)}.xlsx", "Контекст");
        var headers = new List<string> { HeaderVariants.Pick(rng, "Год", "год"), HeaderVariants.Login(rng) };
        headers.AddRange(ShareHeaders.Select(h => rng.Chance(0.3) ? h.Replace(", %", ",  %", StringComparison.Ordinal) : h));
        if (style == 0)
        {
            file.Title($"Контекстные данные общеобразовательных организаций, {year - 1}/{year} учебный год", headers.Count);
            file.Quirks.Add("title row; Год written as «YYYY-1/YYYY»");
        }

        file.HeaderRow(headers);
        file.Quirks.Add(style == 1
            ? "shares as text with decimal commas; missing values «н/д» and «-»"
            : "shares as numbers; missing values as empty cells");

        var cells = new SheetCell[headers.Count];
        foreach (var school in region.ByLogin)
        {
            var shares = region.Context(school, year);
            if (shares.All(s => s is null))
            {
                continue;
            }

            cells[0] = style == 0 ? $"{year - 1}/{year}" : year;
            cells[1] = school.Login;
            for (var i = 0; i < shares.Length; i++)
            {
                cells[2 + i] = (shares[i], style) switch
                {
                    (null, 1) => rng.Chance(0.5) ? "н/д" : "-",
                    (null, _) => SheetCell.Empty,
                    ({ } v, 1) => v.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ','),
                    ({ } v, _) => v,
                };
            }

            file.Row(cells);
            file.DataRows++;
        }

        return file.Describe(GeneratedKind.Context, year);
    }
}
