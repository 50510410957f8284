using Edu.Analytics.Model;

namespace Edu.Analytics.Methods;

/// <summary>
/// SPEC §13 «ШНОР dynamics»: did the listed schools leave the list? Each school-year's low rate over its counted
/// procedures, and for a year Y the transition of every school with a status in Y−1 or Y.
/// </summary>
public static class ShnorDynamics
{
    /// <summary>
    /// Low results and participants of every school-year with a counted procedure. Individual works give the count of
    /// «2» itself; vpr-marks give participants × share «2» / 100; ЕГЭ the participants below the minimum.
    /// </summary>
    public static Dictionary<(int Year, string Login), LowRate> LowRates(IEnumerable<ProcedureResult> results) =>
        results
            .Where(r => r.IsCounted && r.LowSharePct is not null)
            .GroupBy(r => (r.Year, r.Login))
            .ToDictionary(
                g => g.Key,
                g => new LowRate(g.Key.Year, g.Key.Login, g.Sum(r => r.Marks?.Two ?? (r.Participants * r.LowSharePct!.Value / 100.0)), g.Sum(r => r.Participants)));

    /// <summary>
    /// Transitions for each year in <paramref name="years"/> (years whose statuses and the previous year's can both be
    /// «ШНОР»: judging Y−1 against a year with no ground B would call every ШНОР school of Y newly entered), by year and login.
    /// </summary>
    public static IReadOnlyList<ShnorTransition> Compute(
        IReadOnlyList<ShnorEntry> shnor,
        IReadOnlyList<ProcedureResult> results,
        IReadOnlyCollection<int> years)
    {
        // Only listed schools have transitions: their results are a few per cent of a country's millions.
        var listed = shnor.Select(s => s.Login).ToHashSet(StringComparer.Ordinal);
        var lowRates = LowRates(results.Where(r => listed.Contains(r.Login)));
        var statuses = shnor.ToDictionary(s => (s.Year, s.Login), s => s.Status);
        var transitions = new List<ShnorTransition>();
        foreach (var year in years.Order())
        {
            var logins = shnor.Where(s => s.Year == year || s.Year == year - 1).Select(s => s.Login).Distinct().Order(StringComparer.Ordinal);
            foreach (var login in logins)
            {
                ShnorStatus? before = statuses.TryGetValue((year - 1, login), out var b) ? b : null;
                ShnorStatus? now = statuses.TryGetValue((year, login), out var n) ? n : null;
                var rateBefore = lowRates.GetValueOrDefault((year - 1, login));
                var rateNow = lowRates.GetValueOrDefault((year, login));
                transitions.Add(new ShnorTransition(year, login, before, now, Change(before, now, rateNow is not null), rateBefore?.Percent, rateNow?.Percent));
            }
        }

        return transitions;
    }

    /// <summary>
    /// SHNOR_EXIT's numerator and denominator for a group of a year's transitions: among the schools «ШНОР» in Y−1 with a
    /// counted procedure in Y, those not «ШНОР» in Y («группа риска» is not «ШНОР»); «нет данных» is in neither.
    /// </summary>
    public static (int Left, int Judged) Exits(IEnumerable<ShnorTransition> transitions)
    {
        var judged = transitions.Where(t => t.PreviousStatus == ShnorStatus.Shnor && t.Change != ShnorChange.NoData).ToList();
        return (judged.Count(t => t.Change == ShnorChange.Left), judged.Count);
    }

    private static ShnorChange Change(ShnorStatus? before, ShnorStatus? now, bool countedNow) => (before == ShnorStatus.Shnor, now == ShnorStatus.Shnor) switch
    {
        (true, _) when !countedNow => ShnorChange.NoData,
        (true, true) => ShnorChange.Stays,
        (true, false) => ShnorChange.Left,
        (false, true) => ShnorChange.Entered,
        (false, false) => ShnorChange.Outside,
    };
}
