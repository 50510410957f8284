using Edu.Reference;

namespace Edu.Generation.SelfDiagnostics;

/// <summary>One school's diagnosis in one round: its points per criterion and the level they give.</summary>
internal sealed record SdDiagnosis(School School, DateOnly Date, IReadOnlyList<int> Points, SelfDiagnosticsLevel Level)
{
    public int Total => Points.Sum();

    public int DirectionPoints(string direction) =>
        SdCriteria.All.Select((c, i) => (c, i)).Where(x => x.c.Direction == direction).Sum(x => Points[x.i]);
}

/// <summary>
/// The two self-diagnostics rounds the seed documents name (November of Y−1, May of Y; Y = 2024 when generated, the
/// meeting of 22.12.2023 and its target of 30.05.2024): the project's schools diagnose in both, the other schools in
/// November only. A school's chance of scoring on a criterion follows its latent quality and social advantage, so levels
/// correlate with the context and results already generated; the May round adds the year's work on the deficits, so most
/// of the few schools below basic rise. The level is the share of the maximum total: below 50 % «ниже базового», below
/// 65 % «базовый», below 82 % «средний», else «высокий».
/// </summary>
internal sealed class SdRounds
{
    public const string Project = "Школа Минпросвещения России";

    // The share of the region's schools the committee did not include in the project (meeting of 22.12.2023, п. 17).
    private const double OutsideProject = 0.12;

    public SdRounds(Region region)
    {
        Year = region.Years.Contains(2024) ? 2024 : region.Options.LastYear;
        November = new DateOnly(Year - 1, 11, 15);
        May = new DateOnly(Year, 5, 20);
        var rng = Rng.Derive(region.Options.Seed, "self-diagnostics-project");
        InProject = region.Schools.Where(_ => !rng.Chance(OutsideProject)).ToHashSet();
        Diagnoses = [.. region.Schools.SelectMany(s => Diagnose(region, s))];
    }

    /// <summary>The school year of both rounds, whose project roster says who is in the project.</summary>
    public int Year { get; }

    public DateOnly November { get; }

    public DateOnly May { get; }

    public IReadOnlySet<School> InProject { get; }

    public IReadOnlyList<SdDiagnosis> Diagnoses { get; }

    private IEnumerable<SdDiagnosis> Diagnose(Region region, School school)
    {
        var rng = Rng.Derive(region.Options.Seed, "self-diagnostics", school.Index);
        // The results of the year before the rounds, or the first generated year when there is none.
        var strength = 0.45 * region.Quality(school, Math.Max(Year - 1, region.Options.FirstYear)) + 0.2 * school.Advantage + rng.Normal(0, 0.4);
        yield return Round(school, November, strength, rng);
        // A year of work on the deficits: the weakest gain most (the committee's decision aims at them).
        if (InProject.Contains(school)) yield return Round(school, May, strength + 0.2 + Math.Max(0, -strength) * 0.4, rng);
    }

    private static SdDiagnosis Round(School school, DateOnly date, double strength, Rng rng)
    {
        var points = SdCriteria.All.Select(c =>
        {
            var chance = 1 / (1 + Math.Exp(-(1.2 + strength - c.Difficulty)));
            return rng.Binomial(c.Max, chance);
        }).ToList();
        var share = points.Sum() / (double)SdCriteria.MaxTotal;
        var level = share < 0.50 ? SelfDiagnosticsLevel.BelowBasic
            : share < 0.65 ? SelfDiagnosticsLevel.Basic
            : share < 0.82 ? SelfDiagnosticsLevel.Medium
            : SelfDiagnosticsLevel.High;
        return new SdDiagnosis(school, date, points, level);
    }
}
