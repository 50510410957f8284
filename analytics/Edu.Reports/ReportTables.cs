using DuckDB.NET.Data;
using Edu.Analytics;
using Edu.Analytics.Exports;
using Edu.Reference;
using Edu.Spreadsheets;

namespace Edu.Reports;

/// <summary>
/// Everything a report shows, read once through the SPEC §5 export queries so that each sheet holds
/// exactly what «./edu export» gives for the same scope, year and date.
/// </summary>
public sealed record ReportTables(
    DateOnly AsOf,
    int? Year,
    Table<IndicatorRow> Indicators,
    Table<ShnorRow> Shnor,
    Table<ResilientRow> Resilient,
    Table<StableHighRow> StableHigh,
    Table<ObjectivityRow> Objectivity,
    Table<MentorRow> Mentors,
    Table<LoadRow> Loads,
    Table<ContextRow> Context,
    Table<DecisionRow> Decisions,
    Table<SelfDiagnosticsRow> SelfDiagnostics,
    Table<TaskResultRow> TaskDeficits)
{
    public static ReportTables Read(DuckDBConnection connection, MonthlyReportRequest request, DateOnly asOf, AnalyticsOptions options, ProjectOptions projects,
        RegionClock clock)
    {
        var year = AssessmentYear.Latest(connection, asOf);
        // Without a computed year the list filters must not fall back to «all years»: an impossible year gives empty lists.
        var lists = new ExportFilter(year ?? int.MinValue, request.Municipality);
        var exports = new AnalyticsExports(asOf, options, projects);
        return new ReportTables(
            asOf,
            year,
            exports.Indicators.Query(connection, new ExportFilter(null, request.Municipality)),
            exports.Shnor.Query(connection, lists),
            exports.Resilient.Query(connection, lists),
            exports.StableHigh.Query(connection, lists),
            exports.Objectivity.Query(connection, lists),
            exports.Mentors.Query(connection, lists),
            MonthLoads.Query(exports.Loads, connection, request.Month, request.Municipality, clock),
            exports.Context.Query(connection, lists),
            MonthDecisions.Query(exports.Decisions, connection, request.Month, request.Municipality),
            SelfDiagnosticsLevels(exports.SelfDiagnostics, connection, request.Municipality),
            new Table<TaskResultRow>(exports.TaskResults.Name, exports.TaskResults.Title, exports.TaskResults.Columns,
                exports.TaskResults.Deficits(connection, lists)));
    }

    /// <summary>
    /// «Самодиагностика»: every school's latest round as of the report date (rounds are not assessment years, so no year
    /// filter), the schools below the basic level first, then by level, municipality and login.
    /// </summary>
    private static Table<SelfDiagnosticsRow> SelfDiagnosticsLevels(SelfDiagnosticsExport export, DuckDBConnection connection, string? municipality) =>
        new(export.Name, export.Title, export.Columns, [.. export.Rows(connection, new ExportFilter(null, municipality)).OrderBy(r => r.Level)]);

    /// <summary>The filter a caller gives «./edu export» to get the same rows as a list sheet.</summary>
    public ExportFilter ListFilter(string? municipality) => new(Year ?? int.MinValue, municipality);
}
