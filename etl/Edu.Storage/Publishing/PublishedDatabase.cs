using DuckDB.NET.Data;

namespace Edu.Storage.Publishing;

/// <summary>
/// What readers open: the published version the pointer names, read-only, which any number of processes may have
/// open while the writer works on the working file. A reader never waits for the writer: it reads the current version
/// until the pointer names a newer one and switches on its next query. The current version is kept open between
/// queries (DuckDB keeps a file's instance only while a connection to it is open), which also tells a publishing
/// writer, through DuckDB's file lock, not to delete it.
/// <para>
/// When the working file holds commits no version has — a writer was killed between its commit and its publish, or
/// something wrote outside a writer session — and no writer is at work, the reader publishes them itself; when
/// nothing is published yet, it waits for the writer lock to publish the first version.
/// </para>
/// </summary>
public sealed class PublishedDatabase : IDisposable
{
    /// <summary>How old a pointer must be before its unchanged length and time are trusted (file times may be coarse).</summary>
    public static readonly TimeSpan SettleMargin = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(30);

    // While a writer is at work the working file is ahead of every version; asking for its lock once a second is enough.
    private static readonly TimeSpan RetryAfterBusy = TimeSpan.FromSeconds(1);
    private const string CatchUpPurpose = "публикация версии данных";

    private readonly Publisher _publisher;
    private readonly TimeSpan _writerWait;
    private readonly TimeProvider _time;
    private readonly Lock _holding = new();
    private Known? _known;
    private Held? _held;
    private long _failedAt;
    private long _busyAt;

    public PublishedDatabase(Database working, TimeSpan writerWait, TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        _publisher = new Publisher(working, _time);
        _writerWait = writerWait;
    }

    public DataFiles Files => _publisher.Files;

    /// <summary>Hears a catch-up publish that failed (readers then stay on the version they have).</summary>
    public Action<Exception>? CatchUpFailed { get; init; }

    /// <summary>The version a query opened now reads; publishes first when readers are behind and no writer is at work.</summary>
    /// <exception cref="WriterBusyException">Nothing is published yet and the writer kept the lock longer than the writer wait.</exception>
    public PublishedVersion Current()
    {
        for (var attempt = 1; ; attempt++)
        {
            var version = ReadPointer(trustCache: attempt == 1);
            if (version is null || _publisher.IsBehind(version)) version = CatchUp(version) ?? version;
            if (version is null) throw new InvalidOperationException("No version was published although the writer lock was taken.");
            try
            {
                Hold(version);
                return version;
            }
            catch (DuckDBException) when (attempt < 3 && !File.Exists(Files.Snapshot(version.Version)))
            {
                // A writer published twice since the pointer was read and removed the version nobody held yet.
            }
        }
    }

    /// <summary>A read-only connection to the current version.</summary>
    public DuckDBConnection Open() => Open(Current().Version);

    /// <summary>
    /// A read-only connection to version <paramref name="version"/>, so that every query of one request (or one cache
    /// entry) reads the same version; the current one if that version is gone meanwhile (only newer data, never older).
    /// </summary>
    public DuckDBConnection Open(long version)
    {
        try
        {
            return Connect(Files.Snapshot(version));
        }
        catch (DuckDBException) when (!File.Exists(Files.Snapshot(version)))
        {
            return Connect(Files.Snapshot(Current().Version));
        }
    }

    /// <summary>
    /// A host's start, when no writer is at work: publishes what readers are behind (recovery after a crash) and removes
    /// versions nobody holds any more (a reader that held one has stopped). The version readers see afterwards, or null
    /// when nothing is published and a writer holds the lock.
    /// </summary>
    public PublishedVersion? CatchUpNow()
    {
        using var writer = WriterLock.TryAcquire(Files, CatchUpPurpose, _time);
        if (writer is null) return ReadPointer(trustCache: false);
        return _publisher.PublishIfBehind(writer) ?? PublishedVersion.Read(Files);
    }

    private PublishedVersion? CatchUp(PublishedVersion? current)
    {
        // A failing publish (a full disk) is not retried by every query; readers keep their version meanwhile.
        if (current is not null && (Recently(ref _failedAt, RetryAfterFailure) || Recently(ref _busyAt, RetryAfterBusy))) return null;
        try
        {
            using var writer = current is null
                ? WriterLock.Acquire(Files, CatchUpPurpose, _writerWait, time: _time)
                : WriterLock.TryAcquire(Files, CatchUpPurpose, _time);
            if (writer is null)
            {
                // A writer is at work and publishes when it is done; until then the current version is what there is.
                Volatile.Write(ref _busyAt, _time.GetTimestamp());
                return null;
            }
            return _publisher.PublishIfBehind(writer) ?? PublishedVersion.Read(Files);
        }
        catch (Exception e) when (current is not null && e is IOException or UnauthorizedAccessException or DuckDBException)
        {
            Volatile.Write(ref _failedAt, _time.GetTimestamp());
            CatchUpFailed?.Invoke(e);
            return null;
        }
    }

    private bool Recently(ref long at, TimeSpan within)
    {
        var stamp = Volatile.Read(ref at);
        return stamp != 0 && _time.GetElapsedTime(stamp) < within;
    }

    private PublishedVersion? ReadPointer(bool trustCache)
    {
        var pointer = new FileInfo(Files.Pointer);
        if (!pointer.Exists) return null;
        var stamp = (pointer.Length, pointer.LastWriteTimeUtc);
        if (trustCache && Volatile.Read(ref _known) is { } known && known.Stamp == stamp) return known.Version;
        var version = PublishedVersion.Read(Files);
        // File times are wall-clock times of the file system, so they are compared with the wall clock.
        if (version is not null && DateTime.UtcNow - stamp.LastWriteTimeUtc >= SettleMargin) Volatile.Write(ref _known, new Known(stamp, version));
        return version;
    }

    /// <summary>Keeps <paramref name="version"/> open until a newer one is read; the one before is let go.</summary>
    private void Hold(PublishedVersion version)
    {
        if (Volatile.Read(ref _held) is { } held && held.Version >= version.Version) return;
        lock (_holding)
        {
            if (_held is not null && _held.Version >= version.Version) return;
            var path = Files.Snapshot(version.Version);
            var connection = Connect(path);
            SnapshotHolds.Add(path);
            var previous = _held;
            Volatile.Write(ref _held, new Held(version.Version, path, connection));
            previous?.Release();
        }
    }

    private static DuckDBConnection Connect(string path)
    {
        var connection = new DuckDBConnection($"Data Source={path};ACCESS_MODE=READ_ONLY");
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        lock (_holding)
        {
            _held?.Release();
            _held = null;
        }
    }

    private sealed record Known((long Length, DateTime Written) Stamp, PublishedVersion Version);

    private sealed record Held(long Version, string Path, DuckDBConnection Connection)
    {
        public void Release()
        {
            // Queries still running on this version keep its instance alive until their connections close.
            Connection.Dispose();
            SnapshotHolds.Remove(Path);
        }
    }
}
