using DuckDB.NET.Data;
using Edu.Analytics.Charts;
using Edu.Analytics.Exports;
using Edu.Analytics.Model;
using Edu.Analytics.Storage;

namespace Edu.Analytics.Cards;

/// <summary>
/// One indicator in a municipality against the region: each one's latest value dated on or before a date. The region's
/// value is region-wide data: none for a reader scoped to a municipality.
/// </summary>
public sealed record IndicatorComparison(string Code, string Name, IndicatorPoint? Value, IndicatorPoint? Region)
{
    /// <summary>The municipality's value minus the region's, in percentage points; none without both.</summary>
    public double? Difference => Value is { } v && Region is { } r ? v.Value - r.Value : null;

    /// <summary>Every indicator with a value or a target in the municipality, by code; names from its targets.</summary>
    public static List<IndicatorComparison> Read(DuckDBConnection connection, ReadScope scope, string municipality, DateOnly asOf, IReadOnlyList<IndicatorRow> targets)
    {
        var own = Latest(TargetStatusReader.Values(connection, municipality), asOf);
        var region = scope.Municipality is null ? Latest(TargetStatusReader.Values(connection, Labels.Region), asOf) : [];
        var names = targets.GroupBy(t => t.Code).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        return own.Keys.Union(names.Keys).Order(StringComparer.Ordinal)
            .Select(code => new IndicatorComparison(code, names.GetValueOrDefault(code, code), own.GetValueOrDefault(code), region.GetValueOrDefault(code)))
            .ToList();
    }

    private static Dictionary<string, IndicatorPoint> Latest(IEnumerable<IndicatorValue> values, DateOnly asOf) =>
        values.Where(v => v.Date <= asOf).GroupBy(v => v.Code)
            .ToDictionary(g => g.Key, g => g.MaxBy(v => v.Date) is var v ? new IndicatorPoint(v!.Date, v.Value) : null!, StringComparer.Ordinal);
}
