using Edu.Dashboard.Access;
using Edu.Dashboard.Data;
using Edu.Dashboard.Tables;
using Edu.Storage;

namespace Edu.Dashboard.Features.Loads;

/// <summary>«/loads/{id}/errors»: the error report of a rejected load, found by load id (never by a path from the client).</summary>
public static class ErrorReportEndpoint
{
    public static string Url(long loadId) => $"/loads/{loadId.ToString(System.Globalization.CultureInfo.InvariantCulture)}/errors";

    public static void MapErrorReports(this IEndpointRouteBuilder app) =>
        app.MapGet("/loads/{id:long}/errors", (long id, HttpContext http, DashboardDatabase database, AuditLog audit) =>
        {
            using var connection = database.Open();
            var found = EtlRows(connection, id);
            if (found is not { Report: { } report, File: var file }) return Results.NotFound();
            // The path comes from our own load history; still, serve only what lies in the error-reports folder.
            var folder = Path.GetFullPath(Path.Combine(database.Database.DataDirectory, "error-reports")) + Path.DirectorySeparatorChar;
            var full = Path.GetFullPath(report);
            if (!full.StartsWith(folder, StringComparison.Ordinal) || !File.Exists(full)) return Results.NotFound();
            audit.Record(http.User.Login(), AuditLog.ErrorReport, file, $"загрузка {id}");
            return Results.File(full, ExportEndpoint.ContentType, $"{Path.GetFileNameWithoutExtension(file)}.ошибки.xlsx");
        }).RequireAuthorization(Policies.CanLoad);

    private static (string File, string? Report)? EtlRows(DuckDB.NET.Data.DuckDBConnection connection, long id)
    {
        var rows = connection.Rows("SELECT file_name, error_report FROM loads WHERE load_id = $p0", r => (r.GetString(0), r.NullableString(1)), id);
        return rows.Count == 0 ? null : rows[0];
    }
}
