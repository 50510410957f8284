using DuckDB.NET.Data;
using Edu.Analytics.Model;
using Edu.Analytics.Storage;

namespace Edu.Analytics.Charts;

/// <summary>
/// «Показатель: значения и цель»: one indicator's values over time in one municipality or the region, as known on a date
/// (values dated after <see cref="AsOf"/> are not part of it: the statuses were judged without them), and each of its
/// targets there with its status and projection as of that date.
/// </summary>
public sealed record IndicatorTrend(string Code, string Name, string Municipality, DateOnly AsOf, IReadOnlyList<IndicatorPoint> Values, IReadOnlyList<TargetStatus> Goals)
{
    /// <summary>What the values count: «%» for every computed indicator, a reported one's own unit («чел.», «ед.»), or none given.</summary>
    public string? Unit { get; init; } = IndicatorValue.Percent;

    public bool IsEmpty => Values.Count == 0 && Goals.Count == 0;

    /// <summary>Empty outside the scope: the region's values are region-wide data, as any other municipality's.</summary>
    public static IndicatorTrend Query(DuckDBConnection connection, ReadScope scope, string code, string municipality, DateOnly asOf, AnalyticsOptions options)
    {
        if (!scope.Covers(municipality))
        {
            return new IndicatorTrend(code, code, municipality, asOf, [], []);
        }

        var series = TargetStatusReader.Values(connection, municipality).Where(v => v.Code == code && v.Date <= asOf).ToList();
        var values = series.Select(v => new IndicatorPoint(v.Date, v.Value)).ToList();
        var goals = TargetStatusReader.Read(connection, null, municipality, asOf, options)
            .Where(s => s.Target.IndicatorCode == code)
            .ToList();
        return new IndicatorTrend(code, goals.Select(g => g.Target.IndicatorName).FirstOrDefault() ?? code, municipality, asOf, values, goals)
        {
            Unit = series.Count > 0 ? series[^1].Unit : IndicatorValue.Percent,
        };
    }
}
