using Edu.Dashboard.Access;
using Edu.Dashboard.Data;
using Edu.Reference;
using Edu.Spreadsheets;
using Microsoft.AspNetCore.Authorization;

namespace Edu.Dashboard.Tables;

/// <summary>
/// «/export/{table}»: the table as .xlsx with the page's filters and sort, written by the same ExportWriter as «./edu export»;
/// its heading names the filters, the date and the user who downloaded it.
/// </summary>
public static class ExportEndpoint
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapExports(this IEndpointRouteBuilder app) =>
        app.MapGet("/export/{table}", async (string table, HttpContext http, TableRegistry tables, DashboardDatabase database,
            AuditLog audit, IAuthorizationService authorization, RegionClock clock) =>
        {
            if (tables.Find(table) is not { } source) return Results.NotFound();
            if (source.Policy is { } policy && !(await authorization.AuthorizeAsync(http.User, policy)).Succeeded) return Results.Forbid();
            var request = TableRequest.From(http.Request.Query, source.FilterKeys);
            ITable filtered;
            using (var connection = database.Open()) filtered = source.Export(connection, http.User.Scope(), request);
            audit.Record(http.User.Login(), AuditLog.Export, source.Name,
                $"строк {filtered.RowCount}{(request.Filters.Count > 0 ? "; " + request.Describe() : "")}");
            var stream = new MemoryStream();
            var heading = DocumentHeading.ForExport(filtered.Title, source.Describe(request), source.DataDate(clock), clock, $"{http.User.DisplayName()} ({http.User.Login()})");
            ExportWriter.WriteXlsx(filtered, heading, stream);
            stream.Position = 0;
            return Results.File(stream, ContentType, $"{filtered.Title}.xlsx");
        });
}
