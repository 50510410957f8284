namespace Edu.Dashboard.Setup;

/// <summary>
/// Headers every response carries, pages, images, files and errors alike: a Content-Security-Policy that the pages
/// satisfy (no inline script or style; chart images are same-origin PNGs), no framing by other sites, no MIME
/// sniffing, no referrer to other sites. Hangfire's dashboard is the one exception that needs inline style and script.
/// </summary>
public static class SecurityHeaders
{
    public const string Policy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string HangfirePolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // Decided now: Hangfire's middleware moves «/hangfire» into PathBase before the response starts.
        var policy = context.Request.Path.StartsWithSegments(HangfireDashboard.Path) ? HangfirePolicy : Policy;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        await next();
    });
}
