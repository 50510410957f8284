namespace Edu.Storage.Publishing;

/// <summary>
/// The one writer at work: holds the <see cref="WriterLock"/> while it loads or recomputes in the working database,
/// and publishes what it committed before it lets go. A session that ends without publishing (killed, or failed
/// after a commit) leaves the working file ahead of the published version; the next session or reader publishes it.
/// </summary>
public sealed class WriterSession : IDisposable
{
    private readonly WriterLock _lock;
    private readonly Publisher _publisher;

    private WriterSession(Database database, WriterLock writer, TimeProvider? time)
    {
        Database = database;
        _lock = writer;
        _publisher = new Publisher(database, time);
    }

    /// <summary>Waits at most <paramref name="wait"/> for the writer lock; <paramref name="waiting"/> hears whom it waits for.</summary>
    /// <exception cref="WriterBusyException">Another writer kept the lock longer than <paramref name="wait"/>.</exception>
    public static WriterSession Begin(Database database, string purpose, TimeSpan wait, Action<WriterNote?>? waiting = null,
        TimeProvider? time = null, CancellationToken cancellation = default) =>
        new(database, WriterLock.Acquire(new DataFiles(database.Path), purpose, wait, waiting, time, cancellation), time);

    /// <summary>The working database, for this session's loads and recomputes.</summary>
    public Database Database { get; }

    /// <summary>Tells those waiting what the session does now.</summary>
    public void Describe(string purpose) => _lock.Describe(purpose);

    /// <summary>Makes every commit so far visible to readers; null when they see it all already.</summary>
    public PublishedVersion? Publish() => _publisher.PublishIfBehind(_lock);

    public void Dispose() => _lock.Dispose();
}
