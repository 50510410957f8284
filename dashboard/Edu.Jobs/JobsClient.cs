using Edu.Jobs.Inbox;
using Edu.Jobs.Recompute;
using Hangfire;

namespace Edu.Jobs;

/// <summary>What the app (pages, CLI hooks) asks of the jobs; safe to call on any instance, writer or not.</summary>
public sealed class JobsClient(IBackgroundJobClient jobs, InboxFolders folders, RecomputeRequests recompute)
{
    /// <summary>Scans the inbox now instead of waiting for the schedule; returns the Hangfire job id.</summary>
    public string ScanInboxNow() => jobs.Enqueue<InboxScanJob>(job => job.Run());

    /// <summary>
    /// Queues an uploaded file for loading; only the last segment of <paramref name="clientFileName"/> is kept, cleaned.
    /// The processing folder must be shared with the writer instance when this one is not the writer.
    /// <paramref name="uploadedBy"/> (a login) travels with the file, see <see cref="InboxFolders.UploaderOf"/>.
    /// </summary>
    public string Submit(Stream content, string clientFileName, string? uploadedBy = null)
    {
        var ticket = folders.Accept(content, clientFileName, uploadedBy);
        return jobs.Enqueue<LoadFileJob>(job => job.Run(ticket.Id, ticket.FileName));
    }

    /// <summary>Asks for a recompute (absorbed by one already waiting); returns the id of the job that will do it.</summary>
    public string RequestRecompute() => recompute.Request();
}
