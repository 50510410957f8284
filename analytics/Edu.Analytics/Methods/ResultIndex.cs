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

    public static IReadOnlyList<ResultIndexEntry> Compute(IEnumerable<ProcedureResult> results) => Compute(ProcedureZScores(results));

    /// <param name="procedureZ">As <see cref="ProcedureZScores"/> gives them: ordered by year and login.</param>
    public static IReadOnlyList<ResultIndexEntry> Compute(IReadOnlyList<ProcedureZ> procedureZ)
    {
        var entries = new List<ResultIndexEntry>();
        var start = 0;
        while (start < procedureZ.Count)
        {
            var (year, login) = (procedureZ[start].Year, procedureZ[start].Login);
            var end = start;
            while (end < procedureZ.Count && procedureZ[end].Year == year && procedureZ[end].Login == login)
            {
                end++;
            }

            var zs = new ProcedureZ[end - start];
            for (var i = start; i < end; i++)
            {
                zs[i - start] = procedureZ[i];
            }

            if (WeightedMean(zs) is { } index)
            {
                entries.Add(new ResultIndexEntry(year, login, index, zs.Length, zs.Sum(z => z.Participants)));
            }

            start = end;
        }

        return entries;
    }

    /// <summary>Σ participants·z / Σ participants; null when there is nothing to weigh.</summary>
    public static double? WeightedMean(IReadOnlyCollection<ProcedureZ> zs)
    {
        var weight = zs.Sum(z => (double)z.Participants);
        return weight > 0 ? zs.Sum(z => z.Participants * z.Z) / weight : null;
    }

    /// <summary><see cref="WeightedMean"/> of every procedure but <paramref name="left"/>, summed in the same order.</summary>
    public static double? WeightedMeanExcept(IReadOnlyList<ProcedureZ> zs, ProcedureKey left)
    {
        var weight = 0.0;
        var sum = 0.0;
        foreach (var z in zs)
        {
            if (z.Procedure != left)
            {
                weight += z.Participants;
            }
        }

        foreach (var z in zs)
        {
            if (z.Procedure != left)
            {
                sum += z.Participants * z.Z;
            }
        }

        return weight > 0 ? sum / weight : null;
    }
}
