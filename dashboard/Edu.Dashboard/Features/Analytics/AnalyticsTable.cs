using DuckDB.NET.Data;
using Edu.Analytics.Exports;
using Edu.Dashboard.Access;
using Edu.Dashboard.Tables;
using Edu.Spreadsheets;

namespace Edu.Dashboard.Features.Analytics;

/// <summary>
/// A page over one SPEC §5 analytics export. The user's municipality goes into the export's own query
/// (ExportFilter.Municipality), so the page and «Скачать Excel» hold exactly what «./edu export» gives
/// for that municipality; the page's year, municipality and district filters then narrow the same rows.
/// </summary>
public abstract class AnalyticsTable : DashboardTable
{
    public override IReadOnlyList<TableFilter> Filters { get; } = [TableFilter.Year(), TableFilter.Municipality, TableFilter.District];

    /// <summary>The export function of the table (one of Edu.Analytics.Exports).</summary>
    protected abstract ExportTable Query(DuckDBConnection connection, ExportFilter filter);

    /// <summary>Words that mark the computation messages about this table (lower case).</summary>
    public abstract IReadOnlyList<string> MessageTopics { get; }

    public override ExportTable Rows(DuckDBConnection connection, UserScope scope) => Query(connection, new ExportFilter(null, scope.SqlMunicipality));
}
