using Edu.Loading;
using Edu.Storage;
using Edu.Jobs.Inbox;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Edu.Jobs;

/// <summary>
/// At start: checks that the app registered what the jobs need, registers the inbox schedule (every instance,
/// idempotent), and on the writer re-queues ticket folders left by a stopped process (in-memory queues die with it;
/// a duplicate of a job still in PostgreSQL finds the folder gone and does nothing).
/// </summary>
internal sealed class JobsStartup(
    IServiceProvider services,
    IOptions<JobsOptions> options,
    IRecurringJobManager recurring,
    IBackgroundJobClient jobs,
    InboxFolders folders,
    ILogger<JobsStartup> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        RequireRegistered(typeof(IRecomputer), "the analytics recompute (IRecomputer)");
        RequireRegistered(typeof(Database), "the DuckDB database (Edu.Storage.Database)");
        RequireRegistered(typeof(LoadSettings), "the load settings (Edu.Loading.LoadSettings, with the salt)");

        var cron = InboxSchedule.ToCron(options.Value.InboxSchedule, out _)!;
        recurring.AddOrUpdate<InboxScanJob>(InboxScanJob.RecurringId, job => job.Run(), cron, new RecurringJobOptions { TimeZone = TimeZoneInfo.Local });

        if (options.Value.DuckDbWriter)
        {
            folders.EnsureExist();
            foreach (var ticket in folders.Pending())
            {
                log.LogInformation("Re-queueing {File} left in processing by a previous run", ticket.FileName);
                jobs.Enqueue<LoadFileJob>(job => job.Run(ticket.Id, ticket.FileName));
            }
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void RequireRegistered(Type type, string what)
    {
        // Checked without resolving, so a missing piece is named here rather than deep inside a job's activation.
        if (services.GetService<IServiceProviderIsService>()?.IsService(type) != true)
            throw new InvalidOperationException($"Edu.Jobs needs {what} registered in the service collection before the host starts.");
    }
}
