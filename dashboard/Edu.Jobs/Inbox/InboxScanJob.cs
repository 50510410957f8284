using System.ComponentModel;
using Edu.Jobs.Retries;
using Hangfire;

namespace Edu.Jobs.Inbox;

/// <summary>
/// Takes the complete files from the inbox (see <see cref="FileStability"/>) into ticket folders and queues one
/// load each on the writer queue. Runs on the inbox queue, so it is never stuck behind a long load. Several scans
/// racing (a misconfiguration) are harmless: a file is moved by exactly one of them.
/// </summary>
public sealed class InboxScanJob(InboxFolders folders, FileStability stability, IBackgroundJobClient jobs)
{
    public const string RecurringId = "inbox-scan";

    [Queue(JobQueues.Inbox)]
    [DisplayName("Просмотр папки входящих файлов")]
    public string Run()
    {
        try
        {
            return Scan();
        }
        catch (Exception e) when (TransientFaults.IsTransient(e) && e is not TransientJobException)
        {
            throw new TransientJobException(e);
        }
    }

    private string Scan()
    {
        folders.EnsureExist();
        var candidates = folders.Candidates();
        var taken = 0;
        var settling = 0;
        foreach (var file in candidates)
        {
            if (!stability.IsStable(file))
            {
                settling++;
                continue;
            }
            stability.Forget(file.FullName);
            if (folders.Take(file) is not { } ticket) continue;
            jobs.Enqueue<LoadFileJob>(job => job.Run(ticket.Id, ticket.FileName));
            taken++;
        }
        stability.KeepOnly(candidates.Select(f => f.FullName).ToHashSet(StringComparer.Ordinal));
        return $"принято файлов: {taken}; ещё записываются: {settling}";
    }
}
