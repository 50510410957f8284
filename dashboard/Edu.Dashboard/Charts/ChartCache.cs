using Microsoft.Extensions.Caching.Memory;

namespace Edu.Dashboard.Charts;

/// <summary>PNG responses cached in memory under a key that already holds the data version, scope and parameters.</summary>
public static class ChartCache
{
    public const string CacheHeader = "X-Chart-Cache";

    public static IResult Png(HttpContext http, IMemoryCache cache, string key, Func<byte[]> render)
    {
        var rendered = false;
        var png = cache.GetOrCreate(key, entry =>
        {
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            rendered = true;
            return render();
        })!;
        // Tells a cold (rendered) chart from a cached one: the web benchmark times only the cold ones.
        http.Response.Headers[CacheHeader] = rendered ? "miss" : "hit";
        // Private: a municipal user's chart must not be served to anyone else by a shared cache.
        http.Response.Headers.CacheControl = "private, max-age=60";
        return Results.File(png, "image/png");
    }
}
