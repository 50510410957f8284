namespace Edu.Dashboard.Data;

/// <summary>
/// The current <see cref="DataVersion"/> for every request, without a query while the database files are unchanged:
/// a stat of two files costs microseconds, the version query a millisecond or two of DuckDB planning. The query runs
/// again whenever the files changed or were written in the last seconds, so a load or recompute is seen at once.
/// </summary>
public sealed class DataVersions(DashboardDatabase database)
{
    /// <summary>How old the last write must be before an unchanged stamp is trusted (see <see cref="DatabaseFileStamp.SettledAt"/>).</summary>
    public static readonly TimeSpan SettleMargin = TimeSpan.FromSeconds(3);

    private Known? _known;

    public DataVersion Current()
    {
        // The stamp is taken before the query: a commit between them changes the stamp, so the pair is never too new.
        var stamp = DatabaseFileStamp.Of(database.Database.Path);
        if (Volatile.Read(ref _known) is { } known && known.Stamp == stamp) return known.Version;
        DataVersion version;
        using (var connection = database.Open()) version = DataVersion.Read(connection);
        // File times are wall-clock times of the file system, so they are compared with the wall clock, not an injected one.
        if (stamp.SettledAt(DateTime.UtcNow, SettleMargin)) Volatile.Write(ref _known, new Known(stamp, version));
        return version;
    }

    private sealed record Known(DatabaseFileStamp Stamp, DataVersion Version);
}
