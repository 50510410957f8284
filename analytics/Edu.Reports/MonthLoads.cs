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
    public static ExportTable Query(DuckDBConnection connection, ReportMonth month, string? municipality)
    {
        var all = RegistryExports.Loads(connection);
        if (municipality is not null) return all with { Rows = [] };
        var from = month.FirstDay.ToDateTime(TimeOnly.MinValue);
        var to = month.FirstDay.AddMonths(1).ToDateTime(TimeOnly.MinValue);
        return all with { Rows = [.. all.Rows.Where(r => r[0] is DateTime at && at >= from && at < to)] };
    }
}
