using DuckDB.NET.Data;
using Edu.Analytics.Exports;
using Edu.Dashboard.Access;
using Edu.Dashboard.Tables;
using Edu.Spreadsheets;

namespace Edu.Dashboard.Features.Analytics;

/// <summary>What an analytics page asks of its table beyond the rows: which computation messages concern it.</summary>
public interface IAnalyticsTable
{
    /// <summary>Words that mark the computation messages about this table (lower case).</summary>
    IReadOnlyList<string> MessageTopics { get; }
}

/// <summary>
/// A page over one SPEC §5 analytics export. The user's municipality goes into the export's own query
/// (ExportFilter.Municipality), so the page and «Скачать Excel» hold exactly what «./edu export» gives
/// for that municipality; the page's filters then narrow the same rows.
/// </summary>
public abstract class AnalyticsTable<TRow> : DashboardTable<TRow>, IAnalyticsTable
{
    /// <summary>The read model of the table (one of Edu.Analytics.Exports).</summary>
    protected abstract Export<TRow> ReadModel { get; }

    public override string Name => ReadModel.Name;

    public override string Title => ReadModel.Title;

    public override ColumnMap<TRow> Columns => ReadModel.Columns;

    public abstract IReadOnlyList<string> MessageTopics { get; }

    public override IReadOnlyList<TRow> Rows(DuckDBConnection connection, UserScope scope) => ReadModel.Rows(connection, new ExportFilter(null, scope.SqlMunicipality));

    protected override IReadOnlyList<TRow> Rows(DuckDBConnection connection, UserScope scope, IReadOnlyList<ColumnEquals> conditions) =>
        Narrowed.Rows(connection, new ExportFilter(null, scope.SqlMunicipality), conditions);

    protected override long Count(DuckDBConnection connection, UserScope scope, IReadOnlyList<ColumnEquals> conditions) =>
        Narrowed.Count(connection, new ExportFilter(null, scope.SqlMunicipality), conditions);

    protected override IReadOnlyList<TRow> Page(DuckDBConnection connection, UserScope scope, IReadOnlyList<ColumnEquals> conditions,
        string? sort, bool descending, int offset, int limit) =>
        Narrowed.Page(connection, new ExportFilter(null, scope.SqlMunicipality), conditions, sort, descending, offset, limit);

    protected override IReadOnlyList<object> Values(DuckDBConnection connection, UserScope scope, string column) =>
        Narrowed.Values(connection, new ExportFilter(null, scope.SqlMunicipality), column, []);

    private INarrowedExport<TRow> Narrowed => ReadModel as INarrowedExport<TRow>
        ?? throw new NotSupportedException($"{Name}: its read model cannot be read narrowed, so the table is read whole");
}

/// <summary>An analytics table of schools by year, filtered by year, municipality and district.</summary>
public abstract class SchoolYearTable<TRow> : AnalyticsTable<TRow>
    where TRow : ISchoolRow, IYearRow
{
    public override IReadOnlyList<TableFilter<TRow>> Filters { get; } =
        [TableFilters.Year<TRow>(), TableFilters.Municipality<TRow>(), TableFilters.District<TRow>()];
}
