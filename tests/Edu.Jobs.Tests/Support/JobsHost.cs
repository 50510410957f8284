using System.Text;
using Edu.Loading;
using Edu.Storage;
using Edu.Jobs.Progress;
using Hangfire;
using Hangfire.Storage.Monitoring;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Edu.Jobs.Tests.Support;

/// <summary>
/// The app's jobs as production wires them (AddJobs, real Hangfire servers started by the host, real loader on a
/// real DuckDB file), in a temp folder deleted afterwards. Polling is short and the schedule is left to the test
/// (explicit scans by default), so a test takes seconds.
/// </summary>
public sealed class JobsHost : IAsyncDisposable
{
    private readonly IHost _host;

    private JobsHost(string root, IHost host)
    {
        Root = root;
        _host = host;
    }

    public string Root { get; }

    public string Inbox => Path.Combine(Root, "inbox");

    public string Processing => Path.Combine(Root, "inbox", ".processing");

    public string Archive => Path.Combine(Root, "archive");

    public string Rejected => Path.Combine(Root, "rejected");

    public IServiceProvider Services => _host.Services;

    public ObservedLoader Loader => (ObservedLoader)Services.GetRequiredService<IFileLoader>();

    public CountingRecomputer Recomputer => (CountingRecomputer)Services.GetRequiredService<IRecomputer>();

    public JobsClient Jobs => Services.GetRequiredService<JobsClient>();

    public JobStorage Storage => Services.GetRequiredService<JobStorage>();

    public static async Task<JobsHost> StartAsync(Action<Dictionary<string, string?>>? configure = null, string? root = null)
    {
        root ??= Directory.CreateTempSubdirectory("edu-jobs-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["Jobs:InboxFolder"] = Path.Combine(root, "inbox"),
            ["Jobs:ArchiveFolder"] = Path.Combine(root, "archive"),
            ["Jobs:RejectedFolder"] = Path.Combine(root, "rejected"),
            // Yearly: tests scan on demand unless they test the schedule itself.
            ["Jobs:InboxSchedule"] = "0 0 1 1 *",
            ["Jobs:InboxQuietPeriod"] = "00:00:00",
            ["Jobs:RetryAttempts"] = "2",
            ["Jobs:RetryBackoff"] = "00:00:01",
            ["Jobs:RecomputeDelay"] = "00:00:00",
            ["Jobs:PollInterval"] = "00:00:00.2",
        };
        configure?.Invoke(settings);

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(new Database(Path.Combine(root, "data", "analytics.duckdb"), Schema.Of(LoadingSchema.Migrations)));
        builder.Services.AddSingleton(new LoadSettings { Salt = Encoding.UTF8.GetBytes("test-salt-not-secret"), User = "тест" });
        builder.Services.AddSingleton<IRecomputer, CountingRecomputer>();
        builder.Services.AddSingleton<IFileLoader>(sp => new ObservedLoader(
            new EtlFileLoader(sp.GetRequiredService<Loader>()), sp.GetRequiredService<LoadProgressRegistry>()));
        builder.Services.AddJobs(builder.Configuration);

        var host = builder.Build();
        try
        {
            await host.StartAsync();
        }
        catch
        {
            host.Dispose();
            throw;
        }
        return new JobsHost(root, host);
    }

    /// <summary>Copies a sample into the inbox (under another name when given) and returns the inbox path.</summary>
    public string Drop(string sample, string? asName = null)
    {
        Directory.CreateDirectory(Inbox);
        var target = Path.Combine(Inbox, asName ?? sample);
        File.Copy(Samples.Path(sample), target);
        return target;
    }

    /// <summary>Two scans: the first sights the files, the second takes those that did not change (quiet period 0).</summary>
    public void ScanTwice()
    {
        Jobs.ScanInboxNow();
        Jobs.ScanInboxNow();
    }

    public IReadOnlyList<string> FilesIn(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList() : [];

    /// <summary>Nothing queued, scheduled or running on any queue.</summary>
    public bool Idle()
    {
        var monitor = Storage.GetMonitoringApi();
        return monitor.EnqueuedCount(JobQueues.DuckDbWriter) == 0 && monitor.EnqueuedCount(JobQueues.Inbox) == 0
            && monitor.ScheduledCount() == 0 && monitor.ProcessingCount() == 0;
    }

    public bool Succeeded(string jobId)
    {
        using var connection = Storage.GetConnection();
        return connection.GetStateData(jobId)?.Name == Hangfire.States.SucceededState.StateName;
    }

    public Task WaitIdle() => Eventually.Until(Idle, "the job queues are idle");

    public T Scalar<T>(string sql)
    {
        using var connection = Services.GetRequiredService<Database>().Open();
        return connection.Scalar<T>(sql);
    }

    public List<string> Outcomes()
    {
        using var connection = Services.GetRequiredService<Database>().Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT outcome FROM loads ORDER BY load_id";
        using var reader = command.ExecuteReader();
        var outcomes = new List<string>();
        while (reader.Read()) outcomes.Add(reader.GetString(0));
        return outcomes;
    }

    /// <summary>Jobs of a method name in a final state, from Hangfire's own records.</summary>
    public IReadOnlyList<(string Id, JobDetailsDto Details)> JobsInState(string state)
    {
        var monitor = Storage.GetMonitoringApi();
        IEnumerable<string> ids = state switch
        {
            "Succeeded" => monitor.SucceededJobs(0, 1000).Select(j => j.Key),
            "Failed" => monitor.FailedJobs(0, 1000).Select(j => j.Key),
            _ => throw new ArgumentOutOfRangeException(nameof(state)),
        };
        return ids.Select(id => (id, monitor.JobDetails(id))).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20))) await _host.StopAsync(stop.Token);
        _host.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; a failing dispose would hide the test's own result.
        }
    }
}
