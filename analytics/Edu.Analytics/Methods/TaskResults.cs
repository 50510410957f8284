using Edu.Analytics.Model;

namespace Edu.Analytics.Methods;

/// <summary>
/// SPEC §13 «Выполнение заданий»: the solve rate of a task in a group of works = Σ score / (|G| · max) × 100, where G
/// holds the works with a primary score. Groups: each school with a counted school-procedure-year, each municipality
/// (all its works, counted schools or not) and the region (all works). A task is «ниже 50 %» below
/// <see cref="AnalyticsOptions.TaskMasteryRate"/>; a school «отстаёт» when the region's rate is at least
/// <see cref="AnalyticsOptions.TaskGapPoints"/> above its own.
/// </summary>
public static class TaskResults
{
    // A rate that is mathematically on a threshold may come out a rounding error off it; it counts as on it.
    private const double Tolerance = 1e-9;

    /// <summary>
    /// Rows in the order of the export: year, procedure, then the region, the municipalities (by name) and the schools (by
    /// municipality, those missing from the registry first, then login); each group's tasks in the paper's order.
    /// </summary>
    public static IReadOnlyList<TaskResult> Compute(
        IReadOnlyList<TaskScoreSums> sums,
        IReadOnlyList<ProcedureTask> tasks,
        IReadOnlyList<ProcedureResult> results,
        IReadOnlyDictionary<string, SchoolInfo> schools,
        AnalyticsOptions options) =>
        [.. ByProcedure(sums, tasks, results, schools, options).SelectMany(rows => rows)];

    /// <summary>
    /// The rows of <see cref="Compute"/> in the same order, one procedure-year at a time and only as they are asked for: at
    /// country scale a caller that stores them as they come never holds the 3.2 million rows at once.
    /// </summary>
    public static IEnumerable<IReadOnlyList<TaskResult>> ByProcedure(
        IReadOnlyList<TaskScoreSums> sums,
        IReadOnlyList<ProcedureTask> tasks,
        IReadOnlyList<ProcedureResult> results,
        IReadOnlyDictionary<string, SchoolInfo> schools,
        AnalyticsOptions options)
    {
        var counted = results
            .Where(r => r.IsCounted && r.Source == ResultSource.IndividualWorks && r.Procedure.Kind == ProcedureKind.Vpr)
            .Select(r => (r.Year, r.Login, r.Procedure))
            .ToHashSet();
        var papers = tasks.GroupBy(t => (t.Year, t.Procedure)).ToDictionary(g => g.Key, g => g.OrderBy(t => t.Number).ToArray());
        foreach (var procedure in sums.GroupBy(s => (s.Year, s.Procedure)).OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Procedure))
        {
            // Works without their procedure's task columns cannot be rated: the loader always stores both together.
            if (papers.TryGetValue(procedure.Key, out var paper))
            {
                var rows = new List<TaskResult>();
                AddProcedure(rows, procedure.ToList(), paper, counted, schools, options);
                yield return rows;
            }
        }
    }

    public static bool BelowMastery(double rate, AnalyticsOptions options) => rate < options.TaskMasteryRate - Tolerance;

    public static bool Lags(double rate, double regionRate, AnalyticsOptions options) => regionRate - rate >= options.TaskGapPoints - Tolerance;

    private static void AddProcedure(
        List<TaskResult> rows,
        List<TaskScoreSums> schoolSums,
        ProcedureTask[] paper,
        HashSet<(int, string, ProcedureKey)> counted,
        IReadOnlyDictionary<string, SchoolInfo> schools,
        AnalyticsOptions options)
    {
        var region = new Totals(paper.Length);
        var municipalities = new SortedDictionary<string, Totals>(StringComparer.Ordinal);
        foreach (var school in schoolSums)
        {
            region.Add(school);
            // A school missing from the registry has no municipality: it counts in the region only.
            if (schools.TryGetValue(school.Login, out var info))
            {
                if (!municipalities.TryGetValue(info.Municipality, out var totals))
                {
                    municipalities[info.Municipality] = totals = new Totals(paper.Length);
                }

                totals.Add(school);
            }
        }

        var regionRates = paper.Select((task, t) => region.Rate(t, task)).ToArray();
        for (var t = 0; t < paper.Length; t++)
        {
            if (regionRates[t] is { } rate)
            {
                rows.Add(new TaskResult(TaskLevel.Region, null, null, paper[t], region.Works, rate, rate, BelowMastery(rate, options), null));
            }
        }

        foreach (var (municipality, totals) in municipalities)
        {
            for (var t = 0; t < paper.Length; t++)
            {
                if (totals.Rate(t, paper[t]) is { } rate && regionRates[t] is { } regionRate)
                {
                    rows.Add(new TaskResult(TaskLevel.Municipality, null, municipality, paper[t], totals.Works, rate, regionRate, BelowMastery(rate, options), null));
                }
            }
        }

        var countedSchools = schoolSums.Where(s => counted.Contains((s.Year, s.Login, s.Procedure)))
            .Select(s => (Sums: s, Municipality: schools.TryGetValue(s.Login, out var info) ? info.Municipality : null))
            .OrderBy(s => s.Municipality, StringComparer.Ordinal).ThenBy(s => s.Sums.Login, StringComparer.Ordinal);
        foreach (var (school, municipality) in countedSchools)
        {
            for (var t = 0; t < paper.Length; t++)
            {
                var score = t < school.Scores.Length ? school.Scores[t] : 0;
                if (Rate(score, school.Works, paper[t]) is { } rate && regionRates[t] is { } regionRate)
                {
                    rows.Add(new TaskResult(TaskLevel.School, school.Login, municipality, paper[t], school.Works, rate, regionRate,
                        BelowMastery(rate, options), Lags(rate, regionRate, options)));
                }
            }
        }
    }

    /// <summary>Σ score × 100 / (works · max): multiplied first, so that e.g. 13 of 20 points is exactly 65; none without works.</summary>
    private static double? Rate(double score, int works, ProcedureTask task) =>
        works > 0 && task.MaxScore > 0 ? score * 100.0 / (works * task.MaxScore) : null;

    /// <summary>Works and summed task scores of a group; sums of whole points stay exact in doubles.</summary>
    private sealed class Totals(int tasks)
    {
        private readonly double[] _scores = new double[tasks];

        public int Works { get; private set; }

        public void Add(TaskScoreSums school)
        {
            Works += school.Works;
            for (var t = 0; t < _scores.Length && t < school.Scores.Length; t++)
            {
                _scores[t] += school.Scores[t];
            }
        }

        public double? Rate(int t, ProcedureTask task) => TaskResults.Rate(_scores[t], Works, task);
    }
}
