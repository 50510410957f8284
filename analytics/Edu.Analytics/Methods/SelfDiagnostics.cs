using Edu.Analytics.Model;
using Edu.Reference;

namespace Edu.Analytics.Methods;

/// <summary>
/// The «Школа Минпросвещения России» self-diagnostics as of a date (SPEC §12): each school's latest and previous round,
/// its level change, «в проекте» and deficits; the criteria deficient across schools per municipality and the region,
/// ranked; and the SD_BASIC indicator.
/// </summary>
public static class SelfDiagnostics
{
    /// <summary>The school year a round belongs to: 1 September of Y−1 to 31 August of Y is year Y, as «2023/2024» is 2024 (SPEC §2).</summary>
    public static int SchoolYear(DateOnly date) => date.Month >= 9 ? date.Year + 1 : date.Year;

    /// <summary>
    /// Every school with a round dated ≤ <paramref name="asOf"/>, by login. <paramref name="roster"/> holds the (year,
    /// login) pairs of the project's roster; a school is «в проекте» when it is there for its latest round's school year.
    /// </summary>
    public static IReadOnlyList<SdStanding> Standings(
        IEnumerable<SdRound> rounds,
        IEnumerable<SdCriterionScore> criteria,
        IReadOnlySet<(int Year, string Login)> roster,
        DateOnly asOf)
    {
        var deficits = criteria
            .Where(c => c.Date <= asOf)
            .GroupBy(c => (c.Login, c.Date))
            .ToDictionary(g => g.Key, g => g.Count(c => c.IsDeficit));
        return rounds
            .Where(r => r.Date <= asOf)
            .GroupBy(r => r.Login)
            .Select(g =>
            {
                var latestFirst = g.OrderByDescending(r => r.Date).ToList();
                var latest = latestFirst[0];
                return new SdStanding(
                    latest,
                    latestFirst.ElementAtOrDefault(1),
                    roster.Contains((SchoolYear(latest.Date), latest.Login)),
                    deficits.TryGetValue((latest.Login, latest.Date), out var count) ? count : null);
            })
            .OrderBy(s => s.Login, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// For each round date ≤ <paramref name="asOf"/> with criteria: per municipality (alphabetically), then the region over
    /// every school, the criteria at least one school scored 0, ranked by that number of schools descending, ties by
    /// criterion number in natural order («1.10» after «1.9»).
    /// </summary>
    public static IReadOnlyList<SdDeficit> Deficits(
        IEnumerable<SdCriterionScore> criteria,
        IReadOnlyDictionary<string, string> municipalityOf,
        DateOnly asOf)
    {
        var result = new List<SdDeficit>();
        foreach (var round in criteria.Where(c => c.Date <= asOf).GroupBy(c => c.Date).OrderBy(g => g.Key))
        {
            var municipalities = round
                .Where(c => municipalityOf.ContainsKey(c.Login))
                .GroupBy(c => municipalityOf[c.Login])
                .OrderBy(g => g.Key, StringComparer.Ordinal);
            foreach (var municipality in municipalities) result.AddRange(Ranked(round.Key, municipality.Key, municipality));
            result.AddRange(Ranked(round.Key, Labels.Region, round));
        }
        return result;
    }

    private static IEnumerable<SdDeficit> Ranked(DateOnly date, string scope, IEnumerable<SdCriterionScore> scores) =>
        scores
            .GroupBy(c => c.Number)
            .Select(g => (First: g.First(), Zero: g.Where(c => c.IsDeficit).Select(c => c.Login).Distinct().Count(), All: g.Select(c => c.Login).Distinct().Count()))
            .Where(c => c.Zero > 0)
            .OrderByDescending(c => c.Zero)
            .ThenBy(c => c.First.Number, CriterionNumbers.Order)
            .Select((c, i) => new SdDeficit(date, scope, c.First.Direction, c.First.Number, c.First.Criterion, c.Zero, c.All, i + 1));

    /// <summary>
    /// SD_BASIC per municipality and the region, dated each distinct round date D of the region: among the schools with a
    /// round dated ≤ D, the share whose latest level as of D is at least «базовый»; the region Σ/Σ. Every municipality is
    /// dated at the region's round dates, so that the region's value of a date sums the same date everywhere.
    /// </summary>
    public static IEnumerable<IndicatorValue> BasicShare(IReadOnlyList<SdRound> rounds, IReadOnlyDictionary<string, SchoolInfo> schools)
    {
        var known = rounds.Where(r => schools.ContainsKey(r.Login)).ToList();
        var municipal = known
            .Select(r => r.Date)
            .Distinct()
            .Order()
            .SelectMany(date => known
                .Where(r => r.Date <= date)
                .GroupBy(r => r.Login)
                .Select(g => g.MaxBy(r => r.Date)!)
                .GroupBy(r => schools[r.Login].Municipality)
                .Select(g => new IndicatorValue(
                    IndicatorCodes.SdBasic, g.Key, date, g.Count(r => r.Level >= SelfDiagnosticsLevel.Basic), g.Count())))
            .ToList();
        return municipal.Concat(Indicators.RegionSums(municipal));
    }
}
