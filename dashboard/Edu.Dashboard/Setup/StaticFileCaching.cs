using Microsoft.AspNetCore.StaticFiles;

namespace Edu.Dashboard.Setup;

/// <summary>
/// Browser caching of wwwroot: a link written with asp-append-version («?v=hash») names one exact content, so it may
/// be kept for a year; other static files are revalidated after an hour.
/// </summary>
public static class StaticFileCaching
{
    public static void Apply(StaticFileResponseContext context)
    {
        var versioned = context.Context.Request.Query.ContainsKey("v");
        context.Context.Response.Headers.CacheControl = versioned ? "public, max-age=31536000, immutable" : "public, max-age=3600";
    }
}
