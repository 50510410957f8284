using Hangfire;
using Hangfire.States;
using Microsoft.Extensions.Options;

namespace Edu.Jobs.Recompute;

/// <summary>
/// Coalesces recompute requests: while a recompute job is still waiting (scheduled or enqueued, not yet started),
/// a new request is absorbed by it; otherwise a new one is scheduled <see cref="JobsOptions.RecomputeDelay"/> ahead.
/// Absorbing is safe because a request is made after its load committed, and a job that has not started will
/// read that data. The pending job id lives in the Hangfire storage under a distributed lock, so instances
/// sharing PostgreSQL coalesce with each other too. Ten files queued together give one recompute: the first load
/// schedules it, it lands in the writer queue behind the other nine, and their requests find it waiting.
/// </summary>
public sealed class RecomputeRequests(JobStorage storage, IBackgroundJobClient jobs, IOptions<JobsOptions> options)
{
    private const string Key = "edu:recompute";
    private const string Field = "pending-job";

    /// <summary>The id of the recompute job that will include everything loaded so far.</summary>
    public string Request()
    {
        using var connection = storage.GetConnection();
        using (connection.AcquireDistributedLock(Key, TimeSpan.FromSeconds(30)))
        {
            var entries = connection.GetAllEntriesFromHash(Key);
            if (entries is not null && entries.TryGetValue(Field, out var pending) && IsWaiting(connection.GetStateData(pending)?.Name))
                return pending;

            var delay = options.Value.RecomputeDelay;
            var id = delay > TimeSpan.Zero
                ? jobs.Schedule<RecomputeJob>(job => job.Run(), delay)
                : jobs.Enqueue<RecomputeJob>(job => job.Run());
            connection.SetRangeInHash(Key, [new KeyValuePair<string, string>(Field, id)]);
            return id;
        }
    }

    private static bool IsWaiting(string? state) =>
        state == ScheduledState.StateName || state == EnqueuedState.StateName || state == AwaitingState.StateName;
}
