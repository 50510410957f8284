using DuckDB.NET.Data;
using Edu.Storage;

namespace Edu.Dashboard.Data;

/// <summary>
/// Holds one connection to the DuckDB file while the dashboard is busy. DuckDB.NET keeps a file's database instance
/// only while some connection to it is open, so without this every request would load the file (and run the
/// migrations check) anew. After <paramref name="idle"/> without requests the connection is closed, so the file's
/// lock is held, as before, only while the dashboard is in use and ./edu can load between visits.
/// </summary>
public sealed class DatabaseKeepAlive(Database database, TimeSpan idle, TimeProvider time) : IDisposable
{
    private readonly Lock _lock = new();
    private DuckDBConnection? _anchor;
    private ITimer? _timer;
    private long _lastUse;

    /// <summary>Marks the file as in use, opening (and migrating) it if it was released.</summary>
    public void Touch()
    {
        Volatile.Write(ref _lastUse, time.GetTimestamp());
        if (Volatile.Read(ref _anchor) is not null) return;
        lock (_lock)
        {
            if (_anchor is not null) return;
            _anchor = database.Open();
            var period = idle / 2;
            _timer ??= time.CreateTimer(_ => ReleaseIfIdle(), null, period, period);
        }
    }

    /// <summary>True while the instance is held open (for tests and status).</summary>
    public bool IsHeld => Volatile.Read(ref _anchor) is not null;

    private void ReleaseIfIdle()
    {
        if (time.GetElapsedTime(Volatile.Read(ref _lastUse)) < idle) return;
        lock (_lock)
        {
            // Connections of running requests keep the instance alive until they close; only the anchor goes here.
            _anchor?.Dispose();
            _anchor = null;
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _timer?.Dispose();
            _timer = null;
            _anchor?.Dispose();
            _anchor = null;
        }
    }
}
