using DuckDB.NET.Data;
using Edu.Dashboard.Access;
using Edu.Dashboard.Setup;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Data;

/// <summary>
/// What a cached query result is: which query with which parameters, at which data version, for which scope.
/// The scope is part of every key, so a result read for one municipality is never handed to another.
/// </summary>
public sealed record DataCacheKey(string Query, string Parameters, DataVersion Version, string Scope)
{
    public DataCacheKey(string query, string parameters, DataVersion version, UserScope scope) : this(query, parameters, version, scope.Key)
    {
    }
}

/// <summary>
/// Query results (table rows, filter options, page figures) kept in memory per <see cref="DataCacheKey"/>. A load or
/// recompute publishes a new data version, so new keys are asked for and the old entries age out; nothing is ever
/// served from an older version. Each entry is read from the published version its key names. Bounded by
/// <see cref="DashboardOptions.CacheCells"/>; concurrent misses of one key read once.
/// </summary>
public sealed class DataCache(DashboardDatabase database, IOptions<DashboardOptions> options) : IDisposable
{
    private readonly BoundedCache<DataCacheKey> _cache = new(options.Value.CacheCells, TimeSpan.FromMinutes(30));

    /// <summary>The cached result, or <paramref name="read"/> on a connection of its own; <paramref name="size"/> in cells.</summary>
    public T Get<T>(DataCacheKey key, Func<DuckDBConnection, T> read, Func<T, long>? size = null) where T : class =>
        _cache.Get(key, () =>
        {
            using var connection = database.Open(key.Version);
            return read(connection);
        }, value => size?.Invoke(value) ?? 1, out _);

    /// <summary>Whether a result is cached (for tests).</summary>
    public bool Contains(DataCacheKey key) => _cache.Contains(key);

    public void Dispose() => _cache.Dispose();
}
