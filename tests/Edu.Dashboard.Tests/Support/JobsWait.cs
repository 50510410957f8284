using Edu.Jobs;
using Edu.Jobs.Inbox;
using Hangfire;
using Edu.Jobs.Progress;
using Microsoft.Extensions.DependencyInjection;

namespace Edu.Dashboard.Tests.Support;

/// <summary>Waits for the app's background jobs with a timeout instead of sleeping fixed times.</summary>
public static class JobsWait
{
    // The whole app runs in the test process, with its jobs, caches and DuckDB: more time, and polls half as often.
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    /// <summary>Until <paramref name="condition"/> holds; fails naming what was awaited.</summary>
    public static Task Until(Func<bool> condition, string what) => Eventually.Until(condition, what, Timeout, Interval);

    /// <summary>
    /// Until no ticket waits, loads or is being filed: every submitted file has its row in the load history and
    /// its ticket folder is gone. The folder outlives its file by a moment (the job files the file, then releases
    /// the folder), so an empty <see cref="InboxFolders.Pending"/> alone does not mean the job is finished.
    /// </summary>
    public static Task QueueEmpty(DashboardFactory app)
    {
        var folders = app.Services.GetRequiredService<InboxFolders>();
        var progress = app.Services.GetRequiredService<LoadProgressRegistry>();
        return Until(() => folders.Pending().Count == 0 && progress.Running().Count == 0 && NoTicketFolders(folders), "the load queue is empty");
    }

    private static bool NoTicketFolders(InboxFolders folders) =>
        !Directory.Exists(folders.Processing) || !Directory.EnumerateDirectories(folders.Processing).Any();

    /// <summary>Until the loads are done and nothing more waits for the writer (the recompute they asked for included).</summary>
    public static async Task Idle(DashboardFactory app)
    {
        await QueueEmpty(app);
        var gate = app.Services.GetRequiredService<WriterGate>();
        var monitor = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        bool Quiet() => gate.Holder is null && monitor.ScheduledCount() == 0 && monitor.ProcessingCount() == 0 && monitor.EnqueuedCount(JobQueues.DuckDbWriter) == 0;
        // Twice, a poll apart: a job just fetched from the queue is briefly neither enqueued nor processing.
        await Until(Quiet, "the writer queue is idle");
        await Task.Delay(300);
        await Until(Quiet, "the writer queue stays idle");
    }
}
