namespace Edu.Dashboard.Data;

/// <summary>
/// At start, before the first request: publishes what a writer committed but did not publish (it was killed between
/// the two), or the first version of a new database, unless a writer is at work (it publishes when done). So the
/// next start after a crash recovers, and the first page does not pay for it.
/// </summary>
internal sealed class PublishedVersionStartup(DashboardDatabase database, ILogger<PublishedVersionStartup> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var version = database.Published.CatchUpNow();
        if (version is null) log.LogInformation("No data version is published yet; a writer is at work and will publish one");
        else log.LogInformation("Readers see data version {Version} ({File}, published {PublishedAt:u})", version.Version, version.File, version.PublishedAt);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
