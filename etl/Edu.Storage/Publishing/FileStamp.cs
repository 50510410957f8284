namespace Edu.Storage.Publishing;

/// <summary>
/// Length and last write of the working database and the length of its write-ahead log. A commit changes the log
/// or, at a checkpoint, the file; opening and reading change neither, so a stamp equal to the one taken when a
/// version was published means that version holds every commit.
/// </summary>
public sealed record FileStamp(long Length, long WrittenTicks, long LogLength)
{
    public static FileStamp Of(string databasePath)
    {
        var file = new FileInfo(databasePath);
        var log = new FileInfo(databasePath + ".wal");
        return new FileStamp(file.Exists ? file.Length : -1, file.Exists ? file.LastWriteTimeUtc.Ticks : 0, log.Exists ? log.Length : -1);
    }
}
