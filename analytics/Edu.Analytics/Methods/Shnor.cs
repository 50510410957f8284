using Edu.Analytics.Model;

namespace Edu.Analytics.Methods;

/// <summary>ШНОР: ground A (enough low procedures in Y) and ground B (the same procedure low in Y−1 and Y).</summary>
public static class Shnor
{
    public static IReadOnlyList<ShnorEntry> Compute(IReadOnlyList<ProcedureResult> results, AnalyticsOptions options)
    {
        var yearsWithData = results.Select(r => r.Year).ToHashSet();
        var low = results
            .Where(r => r.IsCounted && r.LowSharePct >= options.LowShareThresholdPct)
            .GroupBy(r => (r.Year, r.Login))
            .ToDictionary(g => g.Key, g => g.Select(r => r.Procedure).ToHashSet());

        var raw = new List<(int Year, string Login, bool A, bool B, List<ProcedureKey> Procedures)>();
        foreach (var ((year, login), lowNow) in low)
        {
            var groundA = lowNow.Count >= options.MinLowProcedures;
            var repeated = yearsWithData.Contains(year - 1) && low.TryGetValue((year - 1, login), out var lowBefore)
                ? lowNow.Where(lowBefore.Contains).ToHashSet()
                : [];
            var groundB = repeated.Count > 0;
            if (!groundA && !groundB)
            {
                continue;
            }

            var triggering = groundA ? lowNow : repeated;
            raw.Add((year, login, groundA, groundB, triggering.Order().ToList()));
        }

        var listed = raw.Select(r => (r.Year, r.Login)).ToHashSet();
        return raw
            .Select(r => new ShnorEntry(
                r.Year,
                r.Login,
                r.A && r.B ? ShnorStatus.Shnor : ShnorStatus.RiskGroup,
                r.A,
                r.B,
                r.Procedures,
                YearsListed(listed, r.Year, r.Login)))
            .OrderBy(e => e.Year)
            .ThenBy(e => e.Login, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>True when ground B can be judged for <paramref name="year"/>: the previous year has data.</summary>
    public static bool GroundBAvailable(IEnumerable<ProcedureResult> results, int year) =>
        results.Any(r => r.Year == year - 1);

    private static int YearsListed(HashSet<(int Year, string Login)> listed, int year, string login)
    {
        var count = 0;
        while (listed.Contains((year - count, login)))
        {
            count++;
        }

        return count;
    }
}
