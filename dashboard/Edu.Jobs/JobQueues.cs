namespace Edu.Jobs;

/// <summary>Hangfire queues of this app. Both are processed only on the DuckDB writer instance.</summary>
public static class JobQueues
{
    /// <summary>Every job that writes DuckDB (loads, recompute); one worker, so writes never overlap.</summary>
    public const string DuckDbWriter = "duckdb-writer";

    /// <summary>Inbox scans: file moves only, kept apart so a long load does not delay taking new files.</summary>
    public const string Inbox = "inbox";
}
