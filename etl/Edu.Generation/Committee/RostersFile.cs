using System.Globalization;
using Edu.Generation.Excel;
using Edu.Generation.SelfDiagnostics;

namespace Edu.Generation.Committee;

/// <summary>
/// Участники проектов, by the rules the committee's documents set, applied to the generated schools' true quality:
/// «Стабильно высокие образовательные результаты» — the best school of each municipality over the last three years plus
/// the next best region-wide (decision of 22.12.2020, п. 3.4: one per municipality and 10–11 by rating; SPEC §4 takes
/// 11); «Сетевое наставничество…» — in each municipality its strongest school mentors its weakest (распоряжение
/// 178-р, ТЗ п. 2.7: at least 36 schools, at least 2 per municipality); «Школа Минпросвещения России» — the schools
/// the self-diagnostics draw puts in the project, for the school year of its rounds. Real rosters differ from the computed lists,
/// and so do these: the committee chooses by what it knows, the analytics by what the results show.
/// </summary>
internal static class RostersFile
{
    public const string StableHigh = "Стабильно высокие образовательные результаты";
    public const string Mentoring = "Сетевое наставничество во взаимодействии школ с низкими и высокими результатами обучения";

    // After each municipality's best, this many more by rank (SPEC §4 ExtraSelected).
    private const int ExtraSelected = 11;

    // Three years of results make a school stably high (SPEC §4).
    private const int Window = 3;

    public static GeneratedFile Write(Region region, SdRounds rounds, string outDir)
    {
        var rng = Rng.Derive(region.Options.Seed, "file-rosters");
        using var file = TableFile.Create(outDir, "Участники_проектов.xlsx", "Участники");
        string[] headers = ["Проект", "Год", HeaderVariants.Login(rng), "Наименование ОО", HeaderVariants.Municipality(rng), "Роль в проекте", "Логин ОО партнёра"];
        file.Title("Участники региональных проектов", headers.Length);
        file.Blank();
        file.HeaderRow(headers);
        file.Quirks.AddRange(
        [
            "a title row and a blank row above the header; a blank row between projects",
            "Год as «2024/2025» for the mentoring project",
            "the stable-high project's name in quotes «…» on some rows",
        ]);

        var cells = new SheetCell[headers.Length];
        var assessed = region.Schools.Where(s => s.SitsAssessments).ToList();
        foreach (var year in region.Years.Where(y => y - Window + 1 >= region.Options.FirstYear))
        {
            foreach (var school in Selected(region, assessed, year))
            {
                cells[0] = rng.Chance(0.3) ? $"«{StableHigh}»" : StableHigh;
                cells[1] = year;
                Describe(cells, rng, school);
                cells[5] = "участник";
                cells[6] = SheetCell.Empty;
                file.Row(cells);
                file.DataRows++;
            }
        }

        file.Blank();
        foreach (var year in region.Years)
        {
            foreach (var (mentor, mentee) in Pairs(region, assessed, year))
            {
                foreach (var (school, role, partner) in new[] { (mentor, "наставник", mentee), (mentee, "подшефная", mentor) })
                {
                    cells[0] = Mentoring;
                    cells[1] = $"{(year - 1).ToString(CultureInfo.InvariantCulture)}/{year.ToString(CultureInfo.InvariantCulture)}";
                    Describe(cells, rng, school);
                    cells[5] = role;
                    cells[6] = partner.Login;
                    file.Row(cells);
                    file.DataRows++;
                }
            }
        }

        file.Blank();
        foreach (var school in rounds.InProject.OrderBy(s => s.Login, StringComparer.Ordinal))
        {
            cells[0] = SdRounds.Project;
            cells[1] = rounds.Year;
            Describe(cells, rng, school);
            cells[5] = "участник";
            cells[6] = SheetCell.Empty;
            file.Row(cells);
            file.DataRows++;
        }

        return file.Describe(GeneratedKind.Rosters, region.Options.LastYear);
    }

    private static void Describe(SheetCell[] cells, Rng rng, School school)
    {
        cells[2] = school.Login;
        cells[3] = school.Name;
        cells[4] = rng.Pick(school.Municipality.NameForms);
    }

    /// <summary>Each municipality's best by mean quality over the window, then the next best region-wide; in rank order.</summary>
    private static IEnumerable<School> Selected(Region region, IReadOnlyList<School> schools, int year)
    {
        double Mean(School s) => Enumerable.Range(year - Window + 1, Window).Average(y => region.Quality(s, y));
        var ranked = schools.OrderByDescending(Mean).ThenBy(s => s.Login, StringComparer.Ordinal).ToList();
        var best = ranked.GroupBy(s => s.Municipality.Code).Select(g => g.First()).ToHashSet();
        var extra = ranked.Where(s => !best.Contains(s)).Take(ExtraSelected);
        return ranked.Where(s => best.Contains(s) || extra.Contains(s));
    }

    /// <summary>In each municipality with two schools or more: the strongest that year and the weakest.</summary>
    private static IEnumerable<(School Mentor, School Mentee)> Pairs(Region region, IReadOnlyList<School> schools, int year) =>
        schools.GroupBy(s => s.Municipality.Code).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Where(g => g.Count() >= 2)
            .Select(g =>
            {
                var ordered = g.OrderByDescending(s => region.Quality(s, year)).ThenBy(s => s.Login, StringComparer.Ordinal).ToList();
                return (ordered[0], ordered[^1]);
            });
}
