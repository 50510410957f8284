using DuckDB.NET.Data;
using Edu.Analytics.Model;
using Edu.Analytics.Storage;

namespace Edu.Analytics.Charts;

/// <summary>
/// «Достижение цели»: one indicator's status in every scope at the deadline being worked on at a date — the nearest one
/// not passed, else the last one.
/// </summary>
public sealed record TargetAttainment(string Code, string Name, DateOnly Deadline, IReadOnlyList<TargetStatus> Scopes)
{
    /// <summary>One per indicator in the scope, by code.</summary>
    public static List<TargetAttainment> Query(DuckDBConnection connection, ReadScope scope, DateOnly asOf, AnalyticsOptions options) =>
        Of(TargetStatusReader.Read(connection, null, scope.Municipality, asOf, options), asOf);

    public static List<TargetAttainment> Of(IEnumerable<TargetStatus> statuses, DateOnly asOf) =>
        statuses
            .GroupBy(s => s.Target.IndicatorCode, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var deadlines = g.Select(s => s.Target.Deadline).Distinct().Order().ToList();
                var deadline = deadlines.Where(d => d >= asOf).DefaultIfEmpty(deadlines[^1]).First();
                return new TargetAttainment(g.Key, g.First().Target.IndicatorName, deadline, g.Where(s => s.Target.Deadline == deadline).ToList());
            })
            .ToList();
}
