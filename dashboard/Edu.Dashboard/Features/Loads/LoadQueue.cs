using Edu.Jobs;
using Edu.Jobs.Inbox;
using Edu.Jobs.Progress;
using Hangfire;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Features.Loads;

/// <summary>A file waiting for the writer queue or loading now (rows read so far and the share of the file done).</summary>
public sealed record QueuedLoad(string File, bool Running, int Rows, double Fraction);

/// <summary>The writer queue as the Загрузки page shows it; <see cref="WriterBusyWith"/> names the write in progress.</summary>
public sealed record QueueSnapshot(IReadOnlyList<QueuedLoad> Loads, string? WriterBusyWith)
{
    public bool Busy => Loads.Count > 0 || WriterBusyWith is not null;
}

/// <summary>
/// Reads the queue from the ticket folders and the progress registry, both of this process: loads run only on
/// the writer instance, so that is where the page shows them live (other instances see the jobs on /hangfire).
/// </summary>
public sealed class LoadQueue(InboxFolders folders, LoadProgressRegistry progress, WriterGate gate, JobsClient jobs, IBackgroundJobClient background, IOptions<JobsOptions> options)
{
    public QueueSnapshot Snapshot()
    {
        var running = progress.Running().ToDictionary(r => r.Ticket, StringComparer.Ordinal);
        var loads = folders.Pending()
            .Select(t => running.TryGetValue(t.Id, out var r) ? new QueuedLoad(r.File, true, r.Rows, r.Fraction) : new QueuedLoad(t.FileName, false, 0, 0))
            .ToList();
        return new QueueSnapshot(loads, gate.Holder);
    }

    /// <summary>
    /// Scans now, and once more when the quiet period has passed: a scan never takes a file on its first
    /// sighting (it may still be copying), so a lone «now» would leave a freshly dropped file for the schedule.
    /// </summary>
    public void ScanInboxNow()
    {
        jobs.ScanInboxNow();
        background.Schedule<InboxScanJob>(job => job.Run(), options.Value.InboxQuietPeriod + TimeSpan.FromSeconds(1));
    }
}
