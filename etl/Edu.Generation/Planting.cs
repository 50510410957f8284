namespace Edu.Generation;

/// <summary>Chooses and shapes the planted schools the analytics must find.</summary>
internal static class Planting
{
    public static void Plant(Region region)
    {
        var options = region.Options;
        var rng = Rng.Derive(options.Seed, "planting");
        var composite = ContextComposite(region.Schools);
        var sorted = composite.Values.Order().ToArray();
        double Quantile(double q) => sorted[(int)Math.Floor(q * (sorted.Length - 1))];

        bool Eligible(School s, int minEnrolment) =>
            s.Role == PlantedRole.None && s.SitsAssessments && !s.IsSelective && s.MaxGrade >= 9 && s.Enrolment >= minEnrolment;

        // Resilient: clearly disadvantaged (well inside the bottom quartile), strong every year.
        var resilient = Choose(rng, region.Schools.Where(s => Eligible(s, 120) && composite[s] <= Quantile(0.15)),
            Math.Max(3, (int)Math.Round(options.Schools * options.ResilientShare)));
        foreach (var school in resilient)
        {
            school.Role = PlantedRole.Resilient;
            for (var y = 0; y < school.Quality.Length; y++)
            {
                school.Quality[y] = Math.Max(school.Quality[y], 1.4 + rng.Normal(0, 0.1));
            }
        }

        // Low results: mostly below-median context, weak throughout and failing in the last two years.
        var low = Choose(rng, region.Schools.Where(s => Eligible(s, 150) && composite[s] <= Quantile(0.6)),
            Math.Max(3, (int)Math.Round(options.Schools * options.LowResultShare)));
        var coreProcedures = VprCatalog.All.Where(p => p.IsCore && p.Grade is >= 5 and <= 8).ToList();
        foreach (var school in low)
        {
            school.Role = PlantedRole.LowResults;
            var pair = coreProcedures.ToList();
            rng.Shuffle(pair);
            school.LowProcedures = pair.Take(2).OrderBy(p => p.Index).ToList();
            for (var y = 0; y < school.Quality.Length; y++)
            {
                var lastTwo = region.Years[y] >= options.LastYear - 1;
                school.Quality[y] = Math.Min(school.Quality[y], (lastTwo ? -1.3 : -0.7) + rng.Normal(0, 0.1));
            }
        }

        // Inflated ВПР: ordinary context and modest real results, so nothing else confirms the scores.
        var inflatedCount = options.InflatedSchools ?? Math.Clamp(3 + (options.Schools / 300), 3, 5);
        var inflated = Choose(rng,
            region.Schools.Where(s => Eligible(s, 250) && composite[s] > Quantile(0.25) && composite[s] < Quantile(0.75)),
            inflatedCount);
        foreach (var school in inflated)
        {
            school.Role = PlantedRole.InflatedVpr;
            for (var y = 0; y < school.Quality.Length; y++)
            {
                school.Quality[y] = -0.3 + rng.Normal(0, 0.1);
            }
        }

        PlantShnorDynamics(region, composite, Quantile(0.6), coreProcedures, Eligible);
    }

    /// <summary>
    /// Schools that leave the ШНОР list in the last year and schools that enter it (SPEC §13 dynamics). Their own random
    /// stream, drawn after every other role, leaves the schools planted before them as they were. Leaving needs three
    /// years: «ШНОР» in the last year but one takes the year before it too.
    /// </summary>
    private static void PlantShnorDynamics(
        Region region, Dictionary<School, double> composite, double contextLimit, List<VprProcedure> coreProcedures, Func<School, int, bool> eligible)
    {
        var options = region.Options;
        if (options.Years < 3)
        {
            return;
        }

        var rng = Rng.Derive(options.Seed, "planting-shnor-dynamics");
        var count = Math.Max(2, options.Schools / 100);
        var candidates = Choose(rng, region.Schools.Where(s => eligible(s, 150) && composite[s] <= contextLimit), 2 * count);
        for (var i = 0; i < candidates.Count; i++)
        {
            var school = candidates[i];
            var leaves = i < count;
            school.Role = leaves ? PlantedRole.LeavesShnor : PlantedRole.EntersShnor;
            var pair = coreProcedures.ToList();
            rng.Shuffle(pair);
            school.LowProcedures = pair.Take(2).OrderBy(p => p.Index).ToList();
            for (var y = 0; y < school.Quality.Length; y++)
            {
                var year = region.Years[y];
                // Weak while listed, clearly recovered after: the low rate falls and no procedure stays low by chance.
                var low = leaves ? year < options.LastYear : year == options.LastYear;
                school.Quality[y] = low ? Math.Min(school.Quality[y], -1.3 + rng.Normal(0, 0.1)) : Math.Max(school.Quality[y], 0.3 + rng.Normal(0, 0.1));
            }
        }
    }

    /// <summary>The SPEC's context index on the base shares (signed z-scores, averaged).</summary>
    internal static Dictionary<School, double> ContextComposite(IReadOnlyList<School> schools)
    {
        var result = schools.ToDictionary(s => s, _ => 0.0);
        for (var i = 0; i < ContextShare.Count; i++)
        {
            var values = schools.Select(s => s.BaseContext[i]).ToArray();
            var mean = values.Average();
            var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / Math.Max(1, values.Length - 1));
            foreach (var school in schools)
            {
                result[school] += ContextShare.Sign[i] * (school.BaseContext[i] - mean) / (sd > 0 ? sd : 1) / ContextShare.Count;
            }
        }

        return result;
    }

    private static List<School> Choose(Rng rng, IEnumerable<School> candidates, int count)
    {
        var pool = candidates.OrderBy(s => s.Index).ToList();
        rng.Shuffle(pool);
        return pool.Take(count).ToList();
    }
}
