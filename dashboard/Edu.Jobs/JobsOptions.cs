namespace Edu.Jobs;

/// <summary>
/// Section «Jobs»: background jobs (SPEC §7). Validated at start by <see cref="JobsOptionsValidator"/>;
/// every duration is a <see cref="TimeSpan"/> («00:00:30»).
/// </summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Folder the analysts drop files into; only its top level is scanned.</summary>
    public string InboxFolder { get; set; } = "data/inbox";

    /// <summary>
    /// Where a file waits, under a folder of its own, between the scan and the end of its load. Empty = «.processing»
    /// inside the inbox, so that taking a file is an atomic rename on the same volume.
    /// </summary>
    public string ProcessingFolder { get; set; } = "";

    /// <summary>Inbox files that were loaded (or had been loaded before) end here.</summary>
    public string ArchiveFolder { get; set; } = "data/inbox-archive";

    /// <summary>Rejected inbox files end here, each beside its error report (.ошибки.xlsx).</summary>
    public string RejectedFolder { get; set; } = "data/inbox-rejected";

    /// <summary>How often the inbox is scanned: a cron expression (5 fields, or 6 with seconds) or a period such as «00:01:00».</summary>
    public string InboxSchedule { get; set; } = "00:01:00";

    /// <summary>A file is taken only after its size and write time stayed the same for this long (and over two scans).</summary>
    public TimeSpan InboxQuietPeriod { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Retries of a job that hit a transient fault (locked file, DuckDB lock, timeout); 0 = none.</summary>
    public int RetryAttempts { get; set; } = 3;

    /// <summary>Delay before the first retry; each next retry waits twice as long.</summary>
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a requested recompute waits for more loads before it runs, so a batch of files gives one recompute.</summary>
    public TimeSpan RecomputeDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often servers look for due scheduled jobs and retries (and, on PostgreSQL, for new queue items).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Hangfire storage in PostgreSQL, shared by several app instances; empty = in memory (this process only).</summary>
    public string PostgreSqlConnectionString { get; set; } = "";

    /// <summary>PostgreSQL schema of the Hangfire tables (created by Hangfire itself).</summary>
    public string PostgreSqlSchema { get; set; } = "hangfire";

    /// <summary>
    /// Whether this instance owns the DuckDB file and runs the writer and inbox queues. Exactly one instance
    /// sharing a storage may say true: DuckDB allows one writing process per file.
    /// </summary>
    public bool DuckDbWriter { get; set; } = true;

    internal string ProcessingFolderOrDefault =>
        string.IsNullOrWhiteSpace(ProcessingFolder) ? Path.Combine(InboxFolder, ".processing") : ProcessingFolder;

    internal bool UsesPostgreSql => !string.IsNullOrWhiteSpace(PostgreSqlConnectionString);
}
