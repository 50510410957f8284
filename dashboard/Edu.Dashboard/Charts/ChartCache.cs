using Edu.Dashboard.Data;
using Edu.Dashboard.Setup;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Charts;

/// <summary>
/// Chart PNGs kept in memory under a key that already holds the data version, scope and parameters, so a load or
/// recompute asks for new keys and the old images age out. Bounded in bytes by
/// <see cref="DashboardOptions.ChartCacheMegabytes"/>: there is one image per school, year and scope, which at
/// country scale would otherwise grow without end. Concurrent misses of one key render once.
/// </summary>
public sealed class ChartCache(IOptions<DashboardOptions> options) : IDisposable
{
    public const string CacheHeader = "X-Chart-Cache";

    private readonly BoundedCache<string> _cache = new(options.Value.ChartCacheBytes, TimeSpan.FromHours(1));

    public IResult Png(HttpContext http, string key, Func<byte[]> render)
    {
        var png = _cache.Get(key, render, p => p.Length, out var cached);
        // Tells a cold chart (rendered for this request, or waited for) from a cached one: the web benchmark times only the cold ones.
        http.Response.Headers[CacheHeader] = cached ? "hit" : "miss";
        // Private: a municipal user's chart must not be served to anyone else by a shared cache.
        http.Response.Headers.CacheControl = "private, max-age=60";
        return Results.File(png, "image/png");
    }

    public void Dispose() => _cache.Dispose();
}
