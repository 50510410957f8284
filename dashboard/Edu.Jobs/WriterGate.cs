namespace Edu.Jobs;

/// <summary>
/// In-process lock around every DuckDB write. The writer queue already runs one job at a time; this guards
/// the misconfigured case (a second server on the writer queue in the same process, or a direct call) so that
/// two writes never overlap inside one process.
/// </summary>
public sealed class WriterGate : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    /// <summary>What holds the gate now («загрузка …», «пересчёт аналитики»), or null; for status display.</summary>
    public string? Holder { get; private set; }

    public Lease Enter(string holder, CancellationToken cancellation = default)
    {
        _semaphore.Wait(cancellation);
        Holder = holder;
        return new Lease(this);
    }

    public void Dispose() => _semaphore.Dispose();

    private void Exit()
    {
        Holder = null;
        _semaphore.Release();
    }

    public readonly struct Lease(WriterGate gate) : IDisposable
    {
        public void Dispose() => gate.Exit();
    }
}
