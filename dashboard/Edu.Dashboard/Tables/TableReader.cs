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
    public CachedTable Rows(DashboardTable source, DataVersion version, UserScope scope) =>
        cache.Get(new DataCacheKey("table:" + source.Name, source.CacheVariant, version, scope),
            connection => source.Read(connection, scope), t => t.Cells);

    /// <summary>The typed rows of a table in <paramref name="scope"/> at <paramref name="version"/>, from the same cache entry.</summary>
    public CachedTable<TRow> Rows<TRow>(DashboardTable<TRow> source, DataVersion version, UserScope scope) =>
        (CachedTable<TRow>)Rows((DashboardTable)source, version, scope);

    /// <summary>One page of the table as a request asks for it.</summary>
    public TableView View(DashboardTable source, CachedTable rows, TableRequest request, string pagePath, IReadOnlySet<string>? fixedFilters = null) =>
        source.View(rows, request, pagePath, PageSize, clock, fixedFilters);
}
