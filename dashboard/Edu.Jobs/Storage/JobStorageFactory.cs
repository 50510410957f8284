using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

namespace Edu.Jobs.Storage;

/// <summary>
/// In memory by default: durable state is DuckDB and the archive, and a lost queue is rebuilt from the ticket
/// folders at start. PostgreSQL when configured, so several instances share schedules, queues and retries.
/// </summary>
public static class JobStorageFactory
{
    public static JobStorage Create(JobsOptions options)
    {
        if (!options.UsesPostgreSql) return new InMemoryStorage(new InMemoryStorageOptions());

        var storageOptions = new PostgreSqlStorageOptions
        {
            SchemaName = options.PostgreSqlSchema,
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = options.PollInterval,
            // A load can take minutes; a sliding timeout keeps a live worker's job from being handed to another.
            UseSlidingInvisibilityTimeout = true,
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(options.PostgreSqlConnectionString, storageOptions, null), storageOptions);
    }
}
