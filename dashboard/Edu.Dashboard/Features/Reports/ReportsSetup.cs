using Edu.Dashboard.Access;
using Edu.Dashboard.Data;
using Edu.Dashboard.Setup;
using Edu.Reference;
using Edu.Storage;
using Hangfire;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Features.Reports;

/// <summary>The Отчёты feature: the store, the monthly job and its schedule, the menu entry and the download endpoint.</summary>
public static class ReportsSetup
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddOptions<ReportsOptions>().BindConfiguration(ReportsOptions.Section)
            .PostConfigure<IOptions<DatabaseOptions>>((o, database) => o.Folder = database.Value.Resolve(o.Folder));
        services.AddSingleton<ReportStore>();
        services.AddSingleton<ReportBuilds>();
        services.AddTransient<MonthlyReportJob>();
        services.AddHostedService<ReportsStartup>();
        services.AddNavigationItem(new NavigationItem("Отчёты", "/reports", 80) { Carries = [] });
        return services;
    }

    /// <summary>URL of one file of a report (the id and the name are checked against the report manifests).</summary>
    public static string FileUrl(StoredReport report, string name) =>
        $"/reports/{Uri.EscapeDataString(report.Id)}/files/{Uri.EscapeDataString(name)}";

    public static void MapReports(this IEndpointRouteBuilder app) =>
        app.MapGet("/reports/{id}/files/{name}", (string id, string name, HttpContext http, ReportStore store, AuditLog audit) =>
        {
            if (store.Find(id) is not { } report) return Results.NotFound();
            if (!ReportStore.Visible(report, http.User.Scope())) return Results.Forbid();
            if (store.PathOf(report, name) is not { } path) return Results.NotFound();
            audit.Record(http.User.Login(), ReportsAudit.Download, name, $"отчёт {report.Id}");
            var type = name.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? "image/png" : Tables.ExportEndpoint.ContentType;
            return Results.File(path, type, name);
        }).RequireAuthorization();
}

/// <summary>Audit actions of the Отчёты page.</summary>
public static class ReportsAudit
{
    public const string Generate = "report-generate";
    public const string Download = "report-download";
}

/// <summary>Registers the monthly report on the 1st of each month in the region's time zone (idempotent, every instance).</summary>
internal sealed class ReportsStartup(IRecurringJobManager recurring, RegionClock region, ILogger<ReportsStartup> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<MonthlyReportJob>(MonthlyReportJob.RecurringId, job => job.Run(), ReportSchedule.Cron,
            new RecurringJobOptions { TimeZone = region.Zone });
        log.LogInformation("Monthly report scheduled «{Cron}» in time zone {Zone}", ReportSchedule.Cron, region.Zone.Id);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
