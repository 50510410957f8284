using System.Runtime.InteropServices;

namespace Edu.Storage.Publishing;

/// <summary>
/// The two things .NET does not offer on Linux: asking whether any process holds a DuckDB file open (DuckDB takes a
/// POSIX record lock on every file it opens, shared for read-only), and flushing a directory so a rename survives
/// a power cut. The product runs on Linux; elsewhere both do nothing, and a version another process has open is then
/// kept only where the system refuses to delete an open file (Windows).
/// </summary>
internal static partial class NativeFiles
{
    private const int ReadOnly = 0;
    private const int WriteLock = 1;
    private const int Unlocked = 2;
    // An open file description lock query: unlike F_GETLK it also reports the locks this very process holds.
    private const int OfdGetLock = 36;

    /// <summary>Whether some process holds a lock on <paramref name="path"/> (DuckDB has it open); false if it is gone.</summary>
    public static bool IsLocked(string path)
    {
        if (!OperatingSystem.IsLinux()) return false;
        var fd = Open(path, ReadOnly);
        if (fd < 0) return false;
        try
        {
            // Closing any descriptor of a file drops the POSIX locks this process holds on it, so the caller never
            // probes a file its own readers have open (see SnapshotHolds).
            var query = new FileLock { Type = WriteLock };
            return Fcntl(fd, OfdGetLock, ref query) == 0 && query.Type != Unlocked;
        }
        finally
        {
            _ = Close(fd);
        }
    }

    /// <summary>Flushes a directory's entries (a rename into it) to disk.</summary>
    public static void FlushDirectory(string path)
    {
        if (!OperatingSystem.IsLinux()) return;
        var fd = Open(path, ReadOnly);
        if (fd < 0) return;
        try
        {
            _ = Fsync(fd);
        }
        finally
        {
            _ = Close(fd);
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct FileLock
    {
        public short Type;
        public short Whence;
        public long Start;
        public long Length;
        public int ProcessId;
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fcntl")]
    private static partial int Fcntl(int fd, int command, ref FileLock query);

    [LibraryImport("libc", EntryPoint = "fsync")]
    private static partial int Fsync(int fd);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);
}
