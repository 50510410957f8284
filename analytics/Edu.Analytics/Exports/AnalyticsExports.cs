using DuckDB.NET.Data;
using Edu.Spreadsheets;

namespace Edu.Analytics.Exports;

/// <summary>
/// The analytics exports by their SPEC §5 names, for the CLI, the dashboard and the monthly report.
/// Filters are applied in the queries, so a municipal user's scope cannot be bypassed by a caller.
/// </summary>
public static class AnalyticsExports
{
    public static IReadOnlyList<string> Names { get; } =
    [
        IndicatorsExport.Name, ShnorExport.Name, ContextExport.Name, ResilientExport.Name,
        StableHighExport.Name, ObjectivityExport.Name, MentorsExport.Name,
    ];

    /// <summary>The named table, or null when the name is not an analytics export.</summary>
    public static ExportTable? Query(string name, DuckDBConnection connection, ExportFilter filter, DateOnly asOf, AnalyticsOptions options) => name switch
    {
        IndicatorsExport.Name => IndicatorsExport.Query(connection, filter, asOf, options),
        ShnorExport.Name => ShnorExport.Query(connection, filter),
        ContextExport.Name => ContextExport.Query(connection, filter),
        ResilientExport.Name => ResilientExport.Query(connection, filter),
        StableHighExport.Name => StableHighExport.Query(connection, filter),
        ObjectivityExport.Name => ObjectivityExport.Query(connection, filter),
        MentorsExport.Name => MentorsExport.Query(connection, filter),
        _ => null,
    };
}
