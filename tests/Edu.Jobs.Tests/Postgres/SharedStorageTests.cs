using Edu.Loading;
using Edu.Jobs.Tests.Support;
using Edu.Reference;
using Hangfire;
using Hangfire.Common;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Server;
using Npgsql;

namespace Edu.Jobs.Tests.Postgres;

/// <summary>Several instances on one Hangfire.PostgreSql storage (SPEC §7: PostgreSQL when configured for several servers).</summary>
public sealed class SharedStorageTests
{
    [Fact]
    public async Task File_submitted_on_a_non_writer_instance_is_loaded_by_the_writer_through_PostgreSQL()
    {
        await using var schema = PostgresSchema.Create();
        var root = Directory.CreateTempSubdirectory("edu-jobs-pg-").FullName;
        void Shared(Dictionary<string, string?> s)
        {
            s["Jobs:PostgreSqlConnectionString"] = schema.ConnectionString;
            s["Jobs:PostgreSqlSchema"] = schema.Name;
        }
        await using var writer = await JobsHost.StartAsync(Shared, root);
        await using var other = await JobsHost.StartAsync(s => { Shared(s); s["Jobs:DuckDbWriter"] = "false"; }, root);

        string jobId;
        await using (var upload = File.OpenRead(Samples.Path(Samples.Targets))) jobId = other.Jobs.Submit(upload, @"C:\Users\analyst\" + Samples.Targets);
        await Eventually.Until(() => writer.FilesIn(writer.Archive).Count == 1, "the writer loads and archives the upload");
        await Eventually.Until(() => writer.Recomputer.Calls == 1, "the writer recomputes once");
        await writer.WaitIdle();

        writer.Outcomes().Should().Equal(LoadOutcome.StatusText(LoadStatus.Loaded));
        writer.Loader.CallsFor(Samples.Targets).Should().Be(1);
        other.Loader.Calls.Should().BeEmpty("an instance that is not the writer never processes the writer queue");
        other.Recomputer.Calls.Should().Be(0);
        var servers = other.Storage.GetMonitoringApi().Servers();
        servers.Should().HaveCount(2, "only the writer runs servers").And.OnlyContain(s => s.Queues.All(q => q == JobQueues.DuckDbWriter || q == JobQueues.Inbox));
        var processing = other.Storage.GetMonitoringApi().JobDetails(jobId).History.Single(h => h.StateName == "Processing");
        processing.Data["ServerId"].Should().Contain(JobQueues.DuckDbWriter);
    }

    [Fact]
    public async Task Recurring_job_runs_once_per_occurrence_with_two_servers_on_one_storage()
    {
        await using var schema = PostgresSchema.Create();
        var table = schema.Name + "_ticks";
        await schema.Execute($"CREATE TABLE public.{table} (job_id text NOT NULL, occurrence bigint NOT NULL, server text NOT NULL)");
        try
        {
            // Two storages over one schema stand for two processes; each server runs its own recurring scheduler.
            var storages = new[] { Storage(schema), Storage(schema) };
            var servers = storages.Select((s, i) => new BackgroundJobServer(new BackgroundJobServerOptions
            {
                ServerName = $"instance-{i + 1}",
                WorkerCount = 2,
                SchedulePollingInterval = TimeSpan.FromMilliseconds(200),
                // Hangfire's process-wide activator may belong to a disposed test host; this job needs none.
                Activator = new JobActivator(),
            }, s)).ToList();
            try
            {
                new RecurringJobManager(storages[0]).AddOrUpdate(
                    "tick", Job.FromExpression(() => Tick.Record(schema.ConnectionString, table, null)), "* * * * * *", new RecurringJobOptions());
                await Eventually.Until(() => Count(schema, $"SELECT count(DISTINCT occurrence) FROM public.{table}") >= 4, "four occurrences ran", TimeSpan.FromSeconds(30));
                new RecurringJobManager(storages[0]).RemoveIfExists("tick");
            }
            finally
            {
                foreach (var server in servers) server.Dispose();
            }

            var executions = await schema.Scalar($"SELECT count(*) FROM public.{table}");
            var occurrences = await schema.Scalar($"SELECT count(DISTINCT occurrence) FROM public.{table}");
            executions.Should().Be(occurrences, "each occurrence ran exactly once although two schedulers were watching");
            occurrences.Should().BeGreaterThanOrEqualTo(4);
            (await schema.Scalar($"SELECT count(*) FROM public.{table} WHERE occurrence = 0")).Should().Be(0, "every execution knows its occurrence");
        }
        finally
        {
            await schema.Execute($"DROP TABLE IF EXISTS public.{table}");
        }
    }

    private static long Count(PostgresSchema schema, string sql) => schema.Scalar(sql).GetAwaiter().GetResult();

    private static PostgreSqlStorage Storage(PostgresSchema schema)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = schema.Name,
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = TimeSpan.FromMilliseconds(200),
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(schema.ConnectionString, options, null), options);
    }
}

/// <summary>The recurring job: records which occurrence it ran for, and on which server.</summary>
public static class Tick
{
    public static void Record(string connectionString, string table, PerformContext? context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var occurrence = context.GetJobParameter<long>("Time");
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"INSERT INTO public.{table} VALUES ($1, $2, $3)", connection);
        command.Parameters.AddWithValue(context.BackgroundJob.Id);
        command.Parameters.AddWithValue(occurrence);
        command.Parameters.AddWithValue(context.ServerId);
        command.ExecuteNonQuery();
    }
}
