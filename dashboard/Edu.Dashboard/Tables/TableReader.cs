using Edu.Dashboard.Access;
using Edu.Dashboard.Data;
using Edu.Reference;
using Edu.Dashboard.Setup;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Tables;

/// <summary>
/// Reads the tables of the pages: the scoped rows come from <see cref="DataCache"/> (one query per table, data version,
/// scope and variant); filters, sort and the page are applied to them in memory for each request.
/// </summary>
public sealed class TableReader(DashboardDatabase database, DataVersions versions, TableRegistry tables, DataCache cache, RegionClock clock, IOptions<DashboardOptions> options)
{
    public DashboardDatabase Database => database;

    public DataCache Cache => cache;

    /// <summary>The data version a request reads; the key of everything it takes from the cache.</summary>
    public DataVersion Version() => versions.Current();

    public RegionClock Clock => clock;

    public int PageSize => options.Value.PageSize;

    public T Get<T>() where T : DashboardTable => tables.Get<T>();

    /// <summary>The table's rows in <paramref name="scope"/> at <paramref name="version"/>, read at most once.</summary>
    public CachedTable Rows(DashboardTable source, DataVersion version, UserScope scope) => source.FiltersInQuery
        // Reading such a table whole is what it declared too large: at country scale, millions of rows per request.
        ? throw new InvalidOperationException($"{source.Name} is paged in the query: read it with {nameof(Read)}")
        : cache.Get(new DataCacheKey("table:" + source.Name, source.CacheVariant, version, scope),
            connection => source.Read(connection, scope), t => t.Cells);

    /// <summary>The typed rows of a table in <paramref name="scope"/> at <paramref name="version"/>, from the same cache entry.</summary>
    public CachedTable<TRow> Rows<TRow>(DashboardTable<TRow> source, DataVersion version, UserScope scope) =>
        (CachedTable<TRow>)Rows((DashboardTable)source, version, scope);

    /// <summary>
    /// The rows a request needs and the request with its filters' defaults: the whole table of the scope from the cache, or,
    /// for a table paged in the query (<see cref="DashboardTable.FiltersInQuery"/>), the request's page, cached with the
    /// filters' options and each filters' count.
    /// </summary>
    public (CachedTable Rows, TableRequest Request) Read(DashboardTable source, DataVersion version, UserScope scope, TableRequest request)
    {
        if (!source.FiltersInQuery) return (Rows(source, version, scope), request);
        var options = cache.Get(new DataCacheKey("table-options:" + source.Name, source.CacheVariant, version, scope),
            connection => source.ReadFilterOptions(connection, scope), o => o.Sum(f => (long)f.Options.Count));
        request = source.WithDefaults(request, options);
        var filters = request with { Sort = null, Descending = false };
        var total = cache.Get(new DataCacheKey("table-count:" + source.Name, source.CacheVariant + "|" + filters.Key, version, scope),
            connection => new Box<long>(source.Count(connection, scope, request))).Value;
        var page = Math.Min(request.Page, TableView.PagesOf(total, PageSize));
        var rows = cache.Get(new DataCacheKey("table-page:" + source.Name, $"{source.CacheVariant}|{request.Key}|{page}|{PageSize}", version, scope),
            connection => source.ReadPage(connection, scope, request, options, total, PageSize), t => t.Cells);
        return (rows, request);
    }

    /// <summary>One page of the table as a request asks for it.</summary>
    public TableView View(DashboardTable source, CachedTable rows, TableRequest request, string pagePath, IReadOnlySet<string>? fixedFilters = null) =>
        source.View(rows, request, pagePath, PageSize, clock, fixedFilters);
}
