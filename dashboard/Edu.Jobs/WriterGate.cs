using Edu.Storage;
using Edu.Storage.Publishing;
using Microsoft.Extensions.Options;

namespace Edu.Jobs;

/// <summary>
/// The way every job that writes DuckDB (loads, recompute) enters the working database: one at a time inside this
/// process (the writer queue already runs one job at a time; this guards a second server on the queue by mistake, or
/// a direct call), then as the one writer across processes — the <see cref="WriterSession"/> that ./edu load and
/// compute take too, so a job waits for a command-line load and the other way round. A job publishes what it
/// committed through its lease before leaving, and readers switch to it.
/// </summary>
public sealed class WriterGate(Database database, IOptions<DatabaseOptions> options, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    /// <summary>What holds the gate now («загрузка …», «пересчёт аналитики»), or null; for status display.</summary>
    public string? Holder { get; private set; }

    /// <exception cref="WriterBusyException">Another process kept the writer lock longer than Database:WriterWait (a transient fault: retried).</exception>
    public Lease Enter(string holder, CancellationToken cancellation = default)
    {
        _semaphore.Wait(cancellation);
        try
        {
            var session = WriterSession.Begin(database, holder, options.Value.WriterWait, time: time, cancellation: cancellation);
            Holder = holder;
            return new Lease(this, session);
        }
        catch
        {
            _semaphore.Release();
            throw;
        }
    }

    public void Dispose() => _semaphore.Dispose();

    private void Exit(WriterSession session)
    {
        Holder = null;
        session.Dispose();
        _semaphore.Release();
    }

    public sealed class Lease(WriterGate gate, WriterSession session) : IDisposable
    {
        private bool _exited;

        /// <summary>Publishes what the job committed; null when readers see it all already.</summary>
        public PublishedVersion? Publish() => session.Publish();

        public void Dispose()
        {
            if (_exited) return;
            _exited = true;
            gate.Exit(session);
        }
    }
}
