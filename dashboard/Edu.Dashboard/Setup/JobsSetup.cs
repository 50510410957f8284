using Edu.Analytics;
using Edu.Dashboard.Data;
using Edu.Loading.Setup;
using Edu.Jobs;

namespace Edu.Dashboard.Setup;

/// <summary>
/// The dashboard hosts the background jobs of SPEC §7 (Edu.Jobs): it supplies what they need — the same DuckDB
/// file, salt and limits as its pages and ./edu (EtlEnvironment), a loader that records who uploaded a file, and
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
        services.AddSingleton(sp => sp.GetRequiredService<DashboardDatabase>().LoaderOptions(InboxUser));
        // Registered before AddJobs, whose TryAdd default loader would record one fixed user for every file.
        services.AddSingleton<IFileLoader, JobsFileLoader>();
        services.AddSingleton<IRecomputer, AnalyticsRecomputer>();
        // Folders are relative to the repository (EDU_ROOT), like the database, not to where the server was started.
        services.PostConfigure<JobsOptions>(o =>
        {
            o.InboxFolder = EtlEnvironment.FromRoot(o.InboxFolder);
            o.ArchiveFolder = EtlEnvironment.FromRoot(o.ArchiveFolder);
            o.RejectedFolder = EtlEnvironment.FromRoot(o.RejectedFolder);
            if (!string.IsNullOrWhiteSpace(o.ProcessingFolder)) o.ProcessingFolder = EtlEnvironment.FromRoot(o.ProcessingFolder);
        });
        return services.AddJobs(configuration);
    }
}
