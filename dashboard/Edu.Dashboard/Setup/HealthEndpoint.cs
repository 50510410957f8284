using Edu.Dashboard.Data;
using Edu.Storage;

namespace Edu.Dashboard.Setup;

/// <summary>
/// «/health»: anonymous, so a supervisor can tell a running server from a stopped one. An anonymous call never opens
/// the database — a probe every few seconds would otherwise keep the DuckDB file held and ./edu load locked out — and
/// says only whether the file is there; a signed-in user also gets the database opened and its schema version.
/// </summary>
public static class HealthEndpoint
{
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", (HttpContext context, DashboardDatabase database, ILoggerFactory logs) =>
        {
            if (context.User.Identity?.IsAuthenticated != true)
                return Results.Json(new { status = "ok", database = new { present = File.Exists(database.Database.Path) } });
            try
            {
                using var connection = database.Open();
                var schema = connection.Scalar<int>("SELECT max(version) FROM schema_version");
                return Results.Json(new { status = "ok", database = new { present = true, reachable = true, schemaVersion = schema } });
            }
            catch (Exception e) when (e is DuckDB.NET.Data.DuckDBException or IOException or UnauthorizedAccessException)
            {
                logs.CreateLogger("Health").LogError(e, "Database unreachable");
                return Results.Json(new { status = "unavailable", database = new { present = File.Exists(database.Database.Path), reachable = false } },
                    statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).AllowAnonymous();
}
