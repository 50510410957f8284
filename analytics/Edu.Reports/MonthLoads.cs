using DuckDB.NET.Data;
using Edu.Analytics.Exports;
using Edu.Spreadsheets;

namespace Edu.Reports;

/// <summary>
/// The «loads» export restricted to attempts whose time falls in the month. The rows are the export's own
/// (same columns, same values), filtered on its «Дата загрузки» as stored. Load history spans
/// municipalities, so a municipal report gets none of it — the dashboard hides it the same way.
/// </summary>
public static class MonthLoads
{
    public static Table<LoadRow> Query(LoadsExport loads, DuckDBConnection connection, ReportMonth month, string? municipality)
    {
        var all = loads.Query(connection, new ExportFilter(null, municipality));
        var from = month.FirstDay.ToDateTime(TimeOnly.MinValue);
        var to = month.FirstDay.AddMonths(1).ToDateTime(TimeOnly.MinValue);
        return all.With(all.Rows.Where(r => r.LoadedAt >= from && r.LoadedAt < to));
    }
}
