using Edu.Analytics.Model;

namespace Edu.Analytics.Methods;

/// <summary>Result index: participant-weighted mean of a school's procedure z-scores in a year.</summary>
public static class ResultIndex
{
    /// <summary>z-score of each counted result's mean among the schools counted for that procedure-year.</summary>
    /// <remarks>
    /// The mean and sd of a procedure-year are taken over its results in the order given (as ZScores would),
    /// then each result gets its z in one more pass; with fewer than two schools a procedure-year has none.
    /// </remarks>
    public static IReadOnlyList<ProcedureZ> ProcedureZScores(IEnumerable<ProcedureResult> results)
    {
        var counted = results.Where(r => r.IsCounted && r.Mean is not null).ToList();
        var stats = counted
            .GroupBy(r => (r.Year, r.Procedure))
            .ToDictionary(g => g.Key, g => SampleStats.Of(g.Select(r => r.Mean!.Value).ToArray()));
        var zs = new List<ProcedureZ>(counted.Count);
        foreach (var r in counted)
        {
            if (stats[(r.Year, r.Procedure)].Z(r.Mean!.Value) is { } z)
            {
                zs.Add(new ProcedureZ(r.Year, r.Login, r.Procedure, r.Participants, z));
            }
        }

        return SchoolYearOrder.Sort(zs, z => z.Year, z => z.Login, z => z.Procedure);
    }

    public static IReadOnlyList<ResultIndexEntry> Compute(IEnumerable<ProcedureResult> results) => Compute(ProcedureZScores(results));

    /// <param name="procedureZ">As <see cref="ProcedureZScores"/> gives them: ordered by year and login.</param>
    public static IReadOnlyList<ResultIndexEntry> Compute(IReadOnlyList<ProcedureZ> procedureZ)
    {
        var entries = new List<ResultIndexEntry>();
        foreach (var (year, login, rows) in SchoolYears(procedureZ))
        {
            var (start, count) = rows.GetOffsetAndLength(procedureZ.Count);
            var zs = new ProcedureZ[count];
            for (var i = 0; i < count; i++)
            {
                zs[i] = procedureZ[start + i];
            }

            if (WeightedMean(zs) is { } index)
            {
                entries.Add(new ResultIndexEntry(year, login, index, zs.Length, zs.Sum(z => z.Participants)));
            }
        }

        return entries;
    }

    /// <summary>Each school-year of <paramref name="procedureZ"/> and where its z-scores are in it.</summary>
    /// <param name="procedureZ">As <see cref="ProcedureZScores"/> gives them: ordered by year and login.</param>
    public static IEnumerable<(int Year, string Login, Range Rows)> SchoolYears(IReadOnlyList<ProcedureZ> procedureZ)
    {
        var start = 0;
        while (start < procedureZ.Count)
        {
            var (year, login) = (procedureZ[start].Year, procedureZ[start].Login);
            var end = start;
            while (end < procedureZ.Count && procedureZ[end].Year == year && procedureZ[end].Login == login)
            {
                end++;
            }

            yield return (year, login, start..end);
            start = end;
        }
    }

    /// <summary>Σ participants·z / Σ participants; null when there is nothing to weigh.</summary>
    public static double? WeightedMean(IReadOnlyCollection<ProcedureZ> zs)
    {
        var weight = zs.Sum(z => (double)z.Participants);
        return weight > 0 ? zs.Sum(z => z.Participants * z.Z) / weight : null;
    }

    /// <summary>
    /// <see cref="WeightedMean"/> of the z-scores in <paramref name="rows"/> of <paramref name="zs"/> but that of
    /// <paramref name="left"/>, summed in the same order.
    /// </summary>
    public static double? WeightedMeanExcept(IReadOnlyList<ProcedureZ> zs, Range rows, ProcedureKey left)
    {
        var (start, count) = rows.GetOffsetAndLength(zs.Count);
        var weight = 0.0;
        var sum = 0.0;
        for (var i = start; i < start + count; i++)
        {
            var z = zs[i];
            if (z.Procedure != left)
            {
                weight += z.Participants;
                sum += z.Participants * z.Z;
            }
        }

        return weight > 0 ? sum / weight : null;
    }
}
