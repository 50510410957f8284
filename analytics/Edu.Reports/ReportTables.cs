using DuckDB.NET.Data;
using Edu.Analytics;
using Edu.Analytics.Exports;
using Edu.Spreadsheets;

namespace Edu.Reports;

/// <summary>
/// Everything a report shows, read once through the SPEC §5 export queries so that each sheet holds
/// exactly what «./edu export» gives for the same scope, year and date.
/// </summary>
public sealed record ReportTables(
    DateOnly AsOf,
    int? Year,
    ExportTable Indicators,
    ExportTable Shnor,
    ExportTable Resilient,
    ExportTable StableHigh,
    ExportTable Objectivity,
    ExportTable Mentors,
    ExportTable Loads,
    ExportTable Context)
{
    public static ReportTables Read(DuckDBConnection connection, MonthlyReportRequest request, DateOnly asOf, AnalyticsOptions options)
    {
        var year = AssessmentYear.Latest(connection, asOf);
        // Without a computed year the list filters must not fall back to «all years»: an impossible year gives empty lists.
        var lists = new ExportFilter(year ?? int.MinValue, request.Municipality);
        return new ReportTables(
            asOf,
            year,
            IndicatorsExport.Query(connection, new ExportFilter(null, request.Municipality), asOf, options),
            ShnorExport.Query(connection, lists),
            ResilientExport.Query(connection, lists),
            StableHighExport.Query(connection, lists),
            ObjectivityExport.Query(connection, lists),
            MentorsExport.Query(connection, lists),
            MonthLoads.Query(connection, request.Month, request.Municipality),
            ContextExport.Query(connection, lists));
    }

    /// <summary>The filter a caller gives «./edu export» to get the same rows as a list sheet.</summary>
    public ExportFilter ListFilter(string? municipality) => new(Year ?? int.MinValue, municipality);
}
