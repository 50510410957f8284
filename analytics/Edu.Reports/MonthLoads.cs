using DuckDB.NET.Data;
using Edu.Analytics.Exports;
using Edu.Reference;
using Edu.Spreadsheets;

namespace Edu.Reports;

/// <summary>
/// The «loads» export restricted to attempts whose time falls in the month as the region counts it (a load at
/// 01:30 МСК on 1 November is November's, though it is still October in UTC). The rows are the export's own (same
/// columns, same values). Load history spans
/// municipalities, so a municipal report gets none of it — the dashboard hides it the same way.
/// </summary>
public static class MonthLoads
{
    public static Table<LoadRow> Query(LoadsExport loads, DuckDBConnection connection, ReportMonth month, string? municipality, RegionClock clock)
    {
        var all = loads.Query(connection, new ExportFilter(null, municipality));
        return all.With(all.Rows.Where(r => clock.Local(r.LoadedAt) is var local && local.Year == month.Year && local.Month == month.Month));
    }
}
