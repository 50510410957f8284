using System.Globalization;
using Edu.Generation.Excel;

namespace Edu.Generation;

/// <summary>
/// ВПР, статистика по отметкам for one year: one row per school × procedure, aggregated from the
/// same simulated participants as the individual files. Two-row merged header; the percentages
/// are written three ways across the years (45.3 · «45,3%» · 0.453 with a 0.0% format);
/// a trailing «Итого» row.
/// </summary>
internal static class VprMarksFile
{
    public static GeneratedFile Write(Region region, string outDir, int year)
    {
        var options = region.Options;
        var rng = Rng.Derive(options.Seed, "file-vpr-marks", year);
        var style = region.YearIndex(year) % 3;
        using var file = TableFile.Create(outDir, $"ВПР_отметки_{year.ToString(CultureInfo.InvariantCulture)}.xlsx", "Отметки");
        string[] keys =
        [
            HeaderVariants.Pick(rng, "Год", "год"), HeaderVariants.Pick(rng, "Предмет", "предмет"),
            HeaderVariants.Pick(rng, "Класс", "класс"), HeaderVariants.Pick(rng, "Логин ОО", "ОО", "Логин"),
            HeaderVariants.Participants(rng),
        ];
        const int width = 9;
        file.Title($"Результаты ВПР {year.ToString(CultureInfo.InvariantCulture)}: распределение отметок по ОО", width);
        file.Row([SheetCell.Of("Ленинградская область · выгрузка ФИС ОКО")]);
        file.Blank();

        var group = HeaderVariants.Pick(rng, "Распределение отметок, %", "Распределение отметок в %", "распределение отметок, %");
        var top = keys.Select(SheetCell.Header).Append(SheetCell.Header(group)).ToArray();
        file.Row(top);
        var first = file.RowCount;
        file.Row([default, default, default, default, default, SheetCell.Header("2"), SheetCell.Header("3"), SheetCell.Header("4"), SheetCell.Header("5")]);
        for (var c = 1; c <= keys.Length; c++)
        {
            file.Merge(first, c, first + 1, c);
        }

        file.Merge(first, 6, first, 9);
        file.Headers.AddRange(keys);
        file.Headers.AddRange([group, "2", "3", "4", "5"]);
        file.Quirks.Add("two title rows and a blank row; two-row header with merged cells");
        file.Quirks.Add(style switch
        {
            0 => "percentages as plain numbers (45.3); blank rows between procedures",
            1 => "percentages as text with decimal comma and % sign («45,3%»)",
            _ => "percentages as fractions (0.453) with a 0.0% number format",
        });
        file.Quirks.Add("trailing «Итого» row");

        var cells = new SheetCell[width];
        var totals = new long[6];
        var counts = new int[6];
        var participants = 0;
        foreach (var procedure in VprCatalog.All)
        {
            var wroteAny = false;
            var work = new VprWork(procedure.Tasks.Count);
            foreach (var school in region.ByLogin)
            {
                if (!region.WritesVpr(school, procedure, year))
                {
                    continue;
                }

                Array.Clear(counts);
                participants = 0;
                VprSimulator.Simulate(region, school, procedure, year, work, w =>
                {
                    counts[w.Mark]++;
                    participants++;
                });
                if (participants == 0)
                {
                    continue;
                }

                cells[0] = year;
                cells[1] = procedure.Subject;
                cells[2] = procedure.Grade;
                cells[3] = school.Login;
                cells[4] = participants;
                for (var mark = 2; mark <= 5; mark++)
                {
                    cells[3 + mark] = Percent(counts[mark], participants, style);
                    totals[mark] += counts[mark];
                }

                totals[0] += participants;
                file.Row(cells);
                file.DataRows++;
                wroteAny = true;
            }

            if (wroteAny && style == 0)
            {
                file.Blank();
            }
        }

        cells[0] = "Итого";
        cells[1] = cells[2] = cells[3] = SheetCell.Empty;
        cells[4] = totals[0];
        for (var mark = 2; mark <= 5; mark++)
        {
            cells[3 + mark] = Percent((int)totals[mark], (int)Math.Max(1, totals[0]), style);
        }

        file.Row(cells);
        return file.Describe(GeneratedKind.VprMarks, year);
    }

    private static SheetCell Percent(int count, int total, int style)
    {
        var percent = Math.Round(count * 100.0 / total, 1);
        return style switch
        {
            0 => percent,
            1 => percent.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',') + "%",
            _ => SheetCell.Percent(Math.Round(percent / 100, 3)),
        };
    }
}
