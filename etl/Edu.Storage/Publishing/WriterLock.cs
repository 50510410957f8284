using System.Diagnostics;

namespace Edu.Storage.Publishing;

/// <summary>
/// The one-writer rule across processes and machines: whoever holds this lock may open the working database and
/// publish from it. It is an exclusive lock on a file beside the database (flock, which the kernel drops when the
/// holder dies, and which NFS clients map to a shared lock), so a killed writer never leaves it taken. Two holders
/// in one process exclude each other too.
/// </summary>
public sealed class WriterLock : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    private readonly DataFiles _files;
    private readonly FileStream _stream;
    private readonly TimeProvider _time;

    private WriterLock(DataFiles files, FileStream stream, TimeProvider time)
    {
        _files = files;
        _stream = stream;
        _time = time;
    }

    public DataFiles Files => _files;

    /// <summary>The lock, or null at once when another writer holds it.</summary>
    public static WriterLock? TryAcquire(DataFiles files, string purpose, TimeProvider? time = null)
    {
        Directory.CreateDirectory(files.Folder);
        FileStream stream;
        try
        {
            stream = new FileStream(files.WriterLock, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
        }
        catch (IOException e) when (IsHeldElsewhere(e))
        {
            return null;
        }
        var held = new WriterLock(files, stream, time ?? TimeProvider.System);
        held.Describe(purpose);
        return held;
    }

    /// <summary>
    /// The lock, waiting for it at most <paramref name="wait"/>. <paramref name="waiting"/> hears who holds it when
    /// the wait starts and whenever the holder's purpose changes (a batch moves to its next file, a load to its recompute).
    /// </summary>
    /// <exception cref="WriterBusyException">The lock was still held after <paramref name="wait"/>.</exception>
    public static WriterLock Acquire(DataFiles files, string purpose, TimeSpan wait, Action<WriterNote?>? waiting = null,
        TimeProvider? time = null, CancellationToken cancellation = default)
    {
        var started = Stopwatch.GetTimestamp();
        var announced = false;
        string? heard = null;
        while (true)
        {
            if (TryAcquire(files, purpose, time) is { } held) return held;
            var holder = WriterNote.Read(files);
            if (!announced || holder?.Purpose != heard)
            {
                waiting?.Invoke(holder);
                announced = true;
                heard = holder?.Purpose;
            }
            if (Stopwatch.GetElapsedTime(started) >= wait) throw new WriterBusyException(holder, wait);
            cancellation.WaitHandle.WaitOne(Poll);
            cancellation.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Says what the holder is doing now, for those who wait.</summary>
    public void Describe(string purpose) => WriterNote.Now(purpose, _time).Write(_files);

    public void Dispose()
    {
        // The note goes first: once the lock is free, the next holder writes its own.
        try
        {
            File.Delete(_files.WriterNote);
        }
        catch (IOException)
        {
            // A stale note only makes a waiting message less exact.
        }
        _stream.Dispose();
    }

    // EWOULDBLOCK from flock on Linux; a sharing violation on Windows.
    private static bool IsHeldElsewhere(IOException e) => e.HResult is 11 or unchecked((int)0x80070020) && e is not FileNotFoundException and not DirectoryNotFoundException;
}
