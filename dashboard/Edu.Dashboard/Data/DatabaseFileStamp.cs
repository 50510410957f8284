namespace Edu.Dashboard.Data;

/// <summary>
/// Length and last write of the DuckDB file and its write-ahead log. Every commit writes one of them (the log, or
/// the file at a checkpoint), so an unchanged stamp means no commit since, in this process or any other.
/// </summary>
public sealed record DatabaseFileStamp(long Length, DateTime Written, bool HasLog, long LogLength, DateTime LogWritten)
{
    public static DatabaseFileStamp Of(string path)
    {
        var file = new FileInfo(path);
        var log = new FileInfo(path + ".wal");
        return new DatabaseFileStamp(file.Exists ? file.Length : -1, file.LastWriteTimeUtc, log.Exists, log.Exists ? log.Length : -1, log.LastWriteTimeUtc);
    }

    /// <summary>
    /// Whether the last write is at least <paramref name="margin"/> old. A younger stamp may belong to a commit that is
    /// written but not yet visible to readers, or be followed by a write within the file system's timestamp resolution.
    /// </summary>
    public bool SettledAt(DateTime utcNow, TimeSpan margin) => utcNow - (Written > LogWritten ? Written : LogWritten) >= margin;
}
