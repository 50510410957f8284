using Edu.Analytics.Model;

namespace Edu.Analytics.Methods;

/// <summary>Result index: participant-weighted mean of a school's procedure z-scores in a year.</summary>
public static class ResultIndex
{
    /// <summary>z-score of each counted result's mean among the schools counted for that procedure-year.</summary>
    public static IReadOnlyList<ProcedureZ> ProcedureZScores(IEnumerable<ProcedureResult> results) =>
        results
            .Where(r => r.IsCounted && r.Mean is not null)
            .GroupBy(r => (r.Year, r.Procedure))
            .SelectMany(g =>
            {
                var byLogin = g.ToDictionary(r => r.Login);
                var z = ZScores.Compute(g.ToDictionary(r => r.Login, r => r.Mean!.Value));
                return z.Select(kv => new ProcedureZ(g.Key.Year, kv.Key, g.Key.Procedure, byLogin[kv.Key].Participants, kv.Value));
            })
            .OrderBy(z => z.Year)
            .ThenBy(z => z.Login, StringComparer.Ordinal)
            .ThenBy(z => z.Procedure)
            .ToList();

    public static IReadOnlyList<ResultIndexEntry> Compute(IEnumerable<ProcedureResult> results) =>
        ProcedureZScores(results)
            .GroupBy(z => (z.Year, z.Login))
            .Select(g => (g.Key, Zs: g.ToList(), Index: WeightedMean(g.ToList())))
            .Where(x => x.Index is not null)
            .Select(x => new ResultIndexEntry(x.Key.Year, x.Key.Login, x.Index!.Value, x.Zs.Count, x.Zs.Sum(z => z.Participants)))
            .OrderBy(e => e.Year)
            .ThenBy(e => e.Login, StringComparer.Ordinal)
            .ToList();

    /// <summary>Σ participants·z / Σ participants; null when there is nothing to weigh.</summary>
    public static double? WeightedMean(IReadOnlyCollection<ProcedureZ> zs)
    {
        var weight = zs.Sum(z => (double)z.Participants);
        return weight > 0 ? zs.Sum(z => z.Participants * z.Z) / weight : null;
    }
}
