using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;

namespace Edu.Dashboard.Data;

/// <summary>
/// An in-memory cache with a size limit (least recently used entries go first) whose concurrent misses of one key
/// compute the value once; a failed computation is not remembered. Keys must carry everything the value depends on.
/// </summary>
public sealed class BoundedCache<TKey>(long sizeLimit, TimeSpan sliding) : IDisposable where TKey : notnull
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = sizeLimit });
    private readonly ConcurrentDictionary<TKey, Lazy<object>> _computing = new();

    /// <summary>The cached value or <paramref name="compute"/>'s; <paramref name="cached"/> is false when this call waited for it.</summary>
    public T Get<T>(TKey key, Func<T> compute, Func<T, long> size, out bool cached) where T : class
    {
        if (_cache.TryGetValue(key, out T? hit))
        {
            cached = true;
            return hit!;
        }
        cached = false;
        var computing = _computing.GetOrAdd(key, _ => new Lazy<object>(compute, LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            var value = (T)computing.Value;
            _cache.Set(key, value, new MemoryCacheEntryOptions { Size = Math.Max(1, size(value)), SlidingExpiration = sliding });
            return value;
        }
        finally
        {
            _computing.TryRemove(new KeyValuePair<TKey, Lazy<object>>(key, computing));
        }
    }

    public bool Contains(TKey key) => _cache.TryGetValue(key, out _);

    public void Dispose() => _cache.Dispose();
}
