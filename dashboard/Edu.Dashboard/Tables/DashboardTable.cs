using DuckDB.NET.Data;
using Edu.Analytics.Exports;
using Edu.Dashboard.Access;
using Edu.Reference;
using Edu.Spreadsheets;

namespace Edu.Dashboard.Tables;

/// <summary>
/// A table the dashboard shows and downloads, seen without its row type: what the registry, the export endpoint and
/// the shared page code need. Tables derive from <see cref="DashboardTable{TRow}"/> and register with
/// <see cref="TableSetup.AddTable{T}"/>: the shared table partial, the filters, sorting, paging and «Скачать Excel»
/// (/export/{Name}) then work for them unchanged.
/// </summary>
public abstract class DashboardTable
{
    /// <summary>URL name, the same as the table name of «./edu export».</summary>
    public abstract string Name { get; }

    public abstract string Title { get; }

    /// <summary>Authorization policy beyond sign-in, for tables not every role may read.</summary>
    public virtual string? Policy => null;

    /// <summary>
    /// Whatever besides the data version and the scope changes the rows (the as-of date of the indicators):
    /// part of the cache key of the rows.
    /// </summary>
    public virtual string CacheVariant => "";

    /// <summary>The query-string keys of the filters.</summary>
    public abstract IReadOnlyList<string> FilterKeys { get; }

    /// <summary>The rows the scope may see, with the options of each filter; what the cache keeps.</summary>
    public abstract CachedTable Read(DuckDBConnection connection, UserScope scope);

    /// <summary>
    /// Whether the table is too large to hold whole (task results, objectivity at country scale): its filters' options and
    /// each request's page are then read in the query (<see cref="ReadFilterOptions"/>, <see cref="Count"/>,
    /// <see cref="ReadPage"/>): filtered, sorted and paged in the query, and the cache keeps
    /// the options, each filters' count and the pages asked for. The URLs, filters, sort keys, paging and download stay the same.
    /// </summary>
    public virtual bool FiltersInQuery => false;

    /// <summary>The values each filter offers among the rows the scope may see, read in the query (<see cref="FiltersInQuery"/>).</summary>
    public abstract IReadOnlyList<(string Key, string Label, IReadOnlyList<string> Options)> ReadFilterOptions(DuckDBConnection connection, UserScope scope);

    /// <summary>How many rows of the scope pass the request's filters, counted in the query (<see cref="FiltersInQuery"/>).</summary>
    public abstract long Count(DuckDBConnection connection, UserScope scope, TableRequest request);

    /// <summary>
    /// The request's page of the rows of the scope that pass its filters, in its order, filtered, sorted and paged in the
    /// query (<see cref="FiltersInQuery"/>); <paramref name="total"/> is <see cref="Count"/>'s, which sizes the pages.
    /// </summary>
    public abstract CachedTable ReadPage(DuckDBConnection connection, UserScope scope, TableRequest request,
        IReadOnlyList<(string Key, string Label, IReadOnlyList<string> Options)> options, long total, int pageSize);

    /// <summary>The request with the latest value of each filter that defaults to it (<see cref="TableView.WithDefaults{TRow}"/>).</summary>
    public abstract TableRequest WithDefaults(TableRequest request, IReadOnlyList<(string Key, string Label, IReadOnlyList<string> Options)> options);

    /// <summary>One page of cached rows as a request asks for it.</summary>
    public abstract TableView View(CachedTable rows, TableRequest request, string pagePath, int pageSize, RegionClock clock, IReadOnlySet<string>? fixedFilters = null);

    /// <summary>The workbook «Скачать Excel» gives: the one «./edu export» writes, with the page's filters and sort.</summary>
    public abstract ITable Export(DuckDBConnection connection, UserScope scope, TableRequest request);

    /// <summary>The request's filters as a document's heading names them: («Год», «2025»), («Муниципалитет», «Лужский район»).</summary>
    public abstract IReadOnlyList<(string Name, string Value)> Describe(TableRequest request);

    /// <summary>The date the rows are as of, for the heading of the download: today, unless the table is read as of another date.</summary>
    public virtual DateOnly DataDate(RegionClock clock) => clock.Today;
}

/// <summary>A dashboard table over typed rows: the columns the page shows, its filters, and what cells link to.</summary>
public abstract class DashboardTable<TRow> : DashboardTable
{
    /// <summary>The columns of the page (and of its download, unless <see cref="ExportColumns"/> says otherwise).</summary>
    public abstract ColumnMap<TRow> Columns { get; }

    public virtual IReadOnlyList<TableFilter<TRow>> Filters => [];

    public sealed override IReadOnlyList<string> FilterKeys => [.. Filters.Select(f => f.Key)];

    /// <summary>The rows as the page shows them; the scope must be applied in the query.</summary>
    public abstract IReadOnlyList<TRow> Rows(DuckDBConnection connection, UserScope scope);

    /// <summary>The columns of the download: those of «./edu export» where it differs from the page.</summary>
    protected virtual ColumnMap<TRow> ExportColumns => Columns;

    /// <summary>The title of the download (its sheet and file name): that of «./edu export» where it differs from the page.</summary>
    protected virtual string ExportTitle => Title;

    /// <summary>The rows of the download; by default the page's.</summary>
    protected virtual IReadOnlyList<TRow> ExportRows(DuckDBConnection connection, UserScope scope) => Rows(connection, scope);

    /// <summary>
    /// The rows of the scope that satisfy the conditions, read in the query: what a table that declares
    /// <see cref="DashboardTable.FiltersInQuery"/> implements (with <see cref="Values"/>).
    /// </summary>
    protected virtual IReadOnlyList<TRow> Rows(DuckDBConnection connection, UserScope scope, IReadOnlyList<ColumnEquals> conditions) =>
        throw new NotSupportedException($"{Name} is read whole");

    /// <summary>How many rows of the scope satisfy the conditions, counted in the query.</summary>
    protected virtual long Count(DuckDBConnection connection, UserScope scope, IReadOnlyList<ColumnEquals> conditions) =>
        throw new NotSupportedException($"{Name} is read whole");

    /// <summary>One page of the rows of the scope that satisfy the conditions, sorted by a column of <see cref="Columns"/> (or not), in the query.</summary>
    protected virtual IReadOnlyList<TRow> Page(DuckDBConnection connection, UserScope scope, IReadOnlyList<ColumnEquals> conditions,
        string? sort, bool descending, int offset, int limit) =>
        throw new NotSupportedException($"{Name} is read whole");

    /// <summary>The distinct values of a filter's column among the rows of the scope, read in the query.</summary>
    protected virtual IReadOnlyList<object> Values(DuckDBConnection connection, UserScope scope, string column) =>
        throw new NotSupportedException($"{Name} is read whole");

    /// <summary>The link of a cell: by default the school or municipality it names.</summary>
    public virtual string? Link(TRow row, Column<TRow> column) => column.Refers?.Invoke(row) is { } entity ? DrillDown.Url(entity) : null;

    public sealed override CachedTable Read(DuckDBConnection connection, UserScope scope) => CachedTable<TRow>.From(Rows(connection, scope), Filters, Columns.Count);

    public sealed override TableView View(CachedTable rows, TableRequest request, string pagePath, int pageSize, RegionClock clock, IReadOnlySet<string>? fixedFilters = null) =>
        TableView.Build(this, (CachedTable<TRow>)rows, request, pagePath, pageSize, clock, fixedFilters);

    public override IReadOnlyList<(string Name, string Value)> Describe(TableRequest request) =>
        [.. Filters.Where(f => request.Filters.ContainsKey(f.Key)).Select(f => (f.Label, request.Filters[f.Key]))];

    public sealed override IReadOnlyList<(string Key, string Label, IReadOnlyList<string> Options)> ReadFilterOptions(DuckDBConnection connection, UserScope scope) =>
        [.. Filters.Select(f => (f.Key, f.Label, (IReadOnlyList<string>)Values(connection, scope, Column(f)).Select(f.FromColumn)
            .Distinct().Order(CachedTable.OptionOrder).ToList()))];

    public sealed override long Count(DuckDBConnection connection, UserScope scope, TableRequest request) => Count(connection, scope, Conditions(request));

    public sealed override CachedTable ReadPage(DuckDBConnection connection, UserScope scope, TableRequest request,
        IReadOnlyList<(string Key, string Label, IReadOnlyList<string> Options)> options, long total, int pageSize)
    {
        var page = Math.Min(request.Page, TableView.PagesOf(total, pageSize));
        // A sort key that names no column of the page leaves the rows in their order, as TableView.Apply does.
        var sort = request.Sort is not null && Columns.Find(request.Sort) is not null ? request.Sort : null;
        return CachedTable<TRow>.OnePage(Page(connection, scope, Conditions(request), sort, request.Descending, (page - 1) * pageSize, pageSize),
            (int)total, options, Columns.Count);
    }

    public sealed override TableRequest WithDefaults(TableRequest request, IReadOnlyList<(string Key, string Label, IReadOnlyList<string> Options)> options) =>
        TableView.WithDefaults(request, Filters, options);

    public sealed override ITable Export(DuckDBConnection connection, UserScope scope, TableRequest request) =>
        new Table<TRow>(Name, ExportTitle, ExportColumns, TableView.Apply(
            FiltersInQuery ? Rows(connection, scope, Conditions(request)) : ExportRows(connection, scope), Filters, ExportColumns, request));

    /// <summary>The request's filters as conditions of the query; «все» asks for no condition.</summary>
    private IReadOnlyList<ColumnEquals> Conditions(TableRequest request) =>
        [.. Filters.Where(f => request.Filters.TryGetValue(f.Key, out var wanted) && wanted != TableFilters.All)
            .Select(f => new ColumnEquals(Column(f), f.ToColumn(request.Filters[f.Key])))];

    private string Column(TableFilter<TRow> filter) =>
        filter.Column ?? throw new InvalidOperationException($"{Name}: the filter {filter.Key} names no column, so it cannot be applied in the query");
}
