using DuckDB.NET.Data;
using Edu.Analytics.Model;
using Edu.Analytics.Storage;

namespace Edu.Analytics.Charts;

/// <summary>
/// «Достижение цели»: one indicator in every scope as of a date — each scope's current value (the latest dated on or
/// before the date) against the target that is current: the one with the nearest deadline not passed, else the one with
/// the latest deadline. <see cref="Scopes"/> hold those targets' statuses (the status at a passed deadline is judged by
/// the value then), <see cref="Current"/> the current values.
/// </summary>
public sealed record TargetAttainment(string Code, string Name, DateOnly Deadline, DateOnly AsOf, IReadOnlyList<TargetStatus> Scopes,
    IReadOnlyDictionary<string, IndicatorPoint> Current)
{
    /// <summary>Whether the deadline shown has passed: then no later target exists, and the status is the one at the deadline.</summary>
    public bool DeadlinePassed => Deadline < AsOf;

    /// <summary>The current value of a scope, none when nothing is dated on or before <see cref="AsOf"/>.</summary>
    public IndicatorPoint? CurrentOf(string municipality) => Current.GetValueOrDefault(municipality);

    /// <summary>One per indicator in the scope, by code.</summary>
    public static List<TargetAttainment> Query(DuckDBConnection connection, ReadScope scope, DateOnly asOf, AnalyticsOptions options) =>
        Of(TargetStatusReader.Read(connection, null, scope.Municipality, asOf, options), TargetStatusReader.Values(connection, scope.Municipality), asOf);

    public static List<TargetAttainment> Of(IEnumerable<TargetStatus> statuses, IEnumerable<IndicatorValue> values, DateOnly asOf)
    {
        var current = values.Where(v => v.Date <= asOf)
            .GroupBy(v => (v.Code, v.Municipality))
            .ToDictionary(g => g.Key, g => g.MaxBy(v => v.Date)!);
        return statuses
            .GroupBy(s => s.Target.IndicatorCode, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var deadlines = g.Select(s => s.Target.Deadline).Distinct().Order().ToList();
                var deadline = deadlines.Where(d => d >= asOf).DefaultIfEmpty(deadlines[^1]).First();
                var scopes = g.Where(s => s.Target.Deadline == deadline).ToList();
                var values = scopes.Select(s => s.Municipality).Distinct()
                    .Where(m => current.ContainsKey((g.Key, m)))
                    .ToDictionary(m => m, m => new IndicatorPoint(current[(g.Key, m)].Date, current[(g.Key, m)].Value), StringComparer.Ordinal);
                return new TargetAttainment(g.Key, g.First().Target.IndicatorName, deadline, asOf, scopes, values);
            })
            .ToList();
    }
}
