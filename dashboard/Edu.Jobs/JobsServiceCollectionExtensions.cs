using Edu.Loading;
using Edu.Reference;
using Edu.Storage;
using Edu.Jobs.Inbox;
using Edu.Jobs.Progress;
using Edu.Jobs.Recompute;
using Edu.Jobs.Retries;
using Edu.Jobs.Storage;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Edu.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// Background jobs of SPEC §7: inbox scan, loads, coalesced recompute, retries of transient faults.
    /// The app registers <see cref="Database"/>, <see cref="LoadSettings"/> and an <see cref="IRecomputer"/>.
    /// <para>
    /// One writer: every DuckDB write (load, recompute) runs on the <see cref="JobQueues.DuckDbWriter"/> queue,
    /// which only the instance with Jobs:DuckDbWriter = true processes, with one worker; the inbox queue runs
    /// there too, since that instance owns the folders. Other instances share the PostgreSQL storage, enqueue
    /// (uploads, «пересчитать», the schedule) and never process those queues. A job enters the working database
    /// through <see cref="WriterGate"/>: one at a time in the process, then the writer lock it shares with ./edu
    /// load and compute; it publishes what it committed, and every instance's pages read the published version.
    /// </para>
    /// Hangfire's statics are left alone on purpose (no JobStorage.Current, no global filters): storage, activator
    /// and filters are this container's, so two hosts in one process (tests, side-by-side instances) stay apart.
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(JobsOptions.Section);
        services.AddOptions<JobsOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<JobsOptions>, JobsOptionsValidator>();
        // Which servers exist is decided now, at registration; the value is validated again at start.
        var registration = section.Get<JobsOptions>() ?? new JobsOptions();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => MunicipalityDirectory.LoadDefault());
        services.TryAddSingleton(sp => new Loader(
            sp.GetRequiredService<Database>(), sp.GetRequiredService<LoadSettings>(),
            sp.GetRequiredService<MunicipalityDirectory>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IFileLoader, EtlFileLoader>();

        services.AddSingleton<WriterGate>();
        services.AddSingleton<LoadProgressRegistry>();
        services.AddSingleton<InboxFolders>();
        services.AddSingleton<FileStability>();
        services.AddSingleton<RecomputeRequests>();
        services.AddSingleton<JobsClient>();
        services.AddTransient<InboxScanJob>();
        services.AddTransient<LoadFileJob>();
        services.AddTransient<RecomputeJob>();

        // Registered before AddHangfire, whose TryAdd defaults would otherwise take Hangfire's process-wide statics.
        services.AddSingleton(sp => JobStorageFactory.Create(sp.GetRequiredService<IOptions<JobsOptions>>().Value));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton(sp => new RetryPolicy(sp.GetRequiredService<IOptions<JobsOptions>>().Value));
        services.AddSingleton<IJobFilterProvider>(sp => new JobFilterProviderCollection(JobFilterProviders.Providers, sp.GetRequiredService<RetryPolicy>()));
        services.AddHangfire((sp, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new DisposalSafeLogProvider(new AspNetCoreLogProvider(sp.GetRequiredService<ILoggerFactory>()))));

        services.AddHostedService<JobsStartup>();
        if (registration.DuckDbWriter)
        {
            services.AddHangfireServer((sp, server) =>
            {
                server.ServerName = $"{Environment.MachineName}:{JobQueues.DuckDbWriter}";
                server.Queues = [JobQueues.DuckDbWriter];
                server.WorkerCount = 1;
                server.SchedulePollingInterval = sp.GetRequiredService<IOptions<JobsOptions>>().Value.PollInterval;
            });
            services.AddHangfireServer((sp, server) =>
            {
                server.ServerName = $"{Environment.MachineName}:{JobQueues.Inbox}";
                server.Queues = [JobQueues.Inbox];
                server.WorkerCount = 1;
                // The writer server above already runs the schedulers; one set per process is enough.
                server.IsLightweightServer = true;
            });
        }
        return services;
    }
}
