using Edu.Dashboard.Data;
using Edu.Storage;

namespace Edu.Dashboard.Setup;

/// <summary>«/health»: anonymous, so a supervisor can tell a running server from a broken database.</summary>
public static class HealthEndpoint
{
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", (DashboardDatabase database, ILoggerFactory logs) =>
        {
            try
            {
                using var connection = database.Open();
                var schema = connection.Scalar<int>("SELECT max(version) FROM schema_version");
                return Results.Json(new { status = "ok", database = new { reachable = true, schemaVersion = schema } });
            }
            catch (Exception e) when (e is DuckDB.NET.Data.DuckDBException or IOException or UnauthorizedAccessException)
            {
                logs.CreateLogger("Health").LogError(e, "Database unreachable");
                return Results.Json(new { status = "unavailable", database = new { reachable = false } }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).AllowAnonymous();
}
