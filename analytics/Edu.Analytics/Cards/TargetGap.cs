using Edu.Analytics.Exports;
using Edu.Analytics.Model;

namespace Edu.Analytics.Cards;

/// <summary>
/// How far a municipality is from its targets as of a date: of its current targets (per indicator, the nearest deadline
/// not passed, else the last), how many are «не достигнут» or «риск», and by how many percentage points its values
/// fall short of those on average (a target without a value counts as missed, with no shortfall).
/// </summary>
public sealed record TargetGap(string Municipality, int Targets, int Missed, double? MeanShortfall)
{
    /// <summary>Municipalities (not the region) with a missed target, most missed first, then by the mean shortfall.</summary>
    public static IEnumerable<TargetGap> Furthest(IEnumerable<IndicatorRow> rows, DateOnly asOf) =>
        rows.Where(r => r.Municipality != Labels.Region)
            .GroupBy(r => r.Municipality, StringComparer.Ordinal)
            .Select(g => Of(g.Key, Current(g, asOf)))
            .Where(g => g.Missed > 0)
            .OrderByDescending(g => g.Missed).ThenByDescending(g => g.MeanShortfall ?? 0).ThenBy(g => g.Municipality, StringComparer.Ordinal);

    private static TargetGap Of(string municipality, IReadOnlyList<IndicatorRow> current)
    {
        var missed = current.Where(r => r.Status is AttainmentStatus.NotAchieved or AttainmentStatus.AtRisk).ToList();
        var shortfalls = missed.Where(r => r.Value is not null)
            .Select(r => r.Condition == TargetCondition.AtLeast ? r.TargetValue - r.Value!.Value : r.Value!.Value - r.TargetValue)
            .ToList();
        return new TargetGap(municipality, current.Count, missed.Count, shortfalls.Count > 0 ? shortfalls.Average() : null);
    }

    // One target per indicator (and condition): the one whose deadline is being worked on.
    private static List<IndicatorRow> Current(IEnumerable<IndicatorRow> rows, DateOnly asOf) =>
        [.. rows.GroupBy(r => r.Code, StringComparer.Ordinal)
            .Select(g => g.Where(r => r.Deadline >= asOf).MinBy(r => r.Deadline) ?? g.MaxBy(r => r.Deadline)!)];
}
