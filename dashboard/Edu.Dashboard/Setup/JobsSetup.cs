using Edu.Analytics;
using Edu.Dashboard.Data;
using Edu.Jobs;
using Edu.Storage;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Setup;

/// <summary>
/// The dashboard hosts the background jobs of SPEC §7 (Edu.Jobs): it supplies what they need — the same DuckDB
/// file, salt and limits as its pages and ./edu (LoadSettings.From), a loader that records who uploaded a file, and
/// the analytics recompute with the «Analytics» thresholds validated at start, as the command line does.
/// </summary>
public static class JobsSetup
{
    /// <summary>Recorded in the load history for files taken from the inbox folder (uploads record their uploader).</summary>
    public const string InboxUser = "папка входящих";

    public static IServiceCollection AddDashboardJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAnalytics(configuration);
        services.AddSingleton(sp => sp.GetRequiredService<DashboardDatabase>().Database);
        services.AddSingleton(sp => sp.GetRequiredService<DashboardDatabase>().LoadSettings(InboxUser));
        // Registered before AddJobs, whose TryAdd default loader would record one fixed user for every file.
        services.AddSingleton<IFileLoader, JobsFileLoader>();
        services.AddSingleton<IRecomputer, AnalyticsRecomputer>();
        // Folders are relative to the repository (EDU_ROOT), like the database, not to where the server was started.
        services.AddOptions<JobsOptions>().PostConfigure<IOptions<DatabaseOptions>>((o, database) =>
        {
            var root = database.Value;
            o.InboxFolder = root.Resolve(o.InboxFolder);
            o.ArchiveFolder = root.Resolve(o.ArchiveFolder);
            o.RejectedFolder = root.Resolve(o.RejectedFolder);
            if (!string.IsNullOrWhiteSpace(o.ProcessingFolder)) o.ProcessingFolder = root.Resolve(o.ProcessingFolder);
        });
        return services.AddJobs(configuration);
    }
}
