using Hangfire;
using Hangfire.Common;

namespace Edu.Jobs.Retries;

/// <summary>
/// Gives the jobs of this project Hangfire's <see cref="AutomaticRetryAttribute"/> configured from options: only
/// <see cref="TransientJobException"/> is retried, with the backoff doubling each time; anything else fails at once.
/// Served at method scope so it overrides Hangfire's global default (10 retries of any exception).
/// </summary>
public sealed class RetryPolicy : IJobFilterProvider
{
    private readonly JobFilter[] _filters;

    public RetryPolicy(JobsOptions options)
    {
        var retry = new AutomaticRetryAttribute
        {
            Attempts = options.RetryAttempts,
            OnlyOn = [typeof(TransientJobException)],
            OnAttemptsExceeded = AttemptsExceededAction.Fail,
        };
        if (options.RetryAttempts > 0) retry.DelaysInSeconds = Delays(options.RetryBackoff, options.RetryAttempts);
        Retry = retry;
        _filters = [new JobFilter(retry, JobFilterScope.Method, null)];
    }

    public AutomaticRetryAttribute Retry { get; }

    public IEnumerable<JobFilter> GetFilters(Job job) =>
        job?.Type.Assembly == typeof(RetryPolicy).Assembly ? _filters : [];

    /// <summary>backoff, 2·backoff, 4·backoff … in whole seconds, capped at a day.</summary>
    public static int[] Delays(TimeSpan backoff, int attempts) =>
        Enumerable.Range(0, attempts)
            .Select(i => (int)Math.Min(TimeSpan.FromDays(1).TotalSeconds, Math.Max(1, Math.Round(backoff.TotalSeconds * Math.Pow(2, i)))))
            .ToArray();
}
