using DuckDB.NET.Data;

namespace Edu.Storage;

/// <summary>
/// Sets DuckDB's memory limit for a while and puts its default (80 % of the machine's memory) back on <see cref="Dispose"/>.
/// Up to the limit DuckDB keeps the blocks it read or wrote, for reuse that a writer's bulk work never asks for; a low
/// limit makes it let go of them. The setting is the database instance's, so this is for the one writer
/// (<see cref="Publishing.WriterSession"/>), whose work alone runs on the working database.
/// </summary>
/// <remarks>
/// The default comes back rather than the value before: DuckDB shows a limit rounded (3 GB reads «2.7 GiB»), so the value
/// read could not be put back as it was, and nothing else sets one.
/// </remarks>
public sealed class MemoryLimit : IDisposable
{
    private readonly DuckDBConnection _connection;
    private bool _disposed;

    private MemoryLimit(DuckDBConnection connection) => _connection = connection;

    public static MemoryLimit Set(DuckDBConnection connection, int megabytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(megabytes);
        // SET takes no parameters; the value is a number.
        connection.Execute(FormattableString.Invariant($"SET memory_limit = '{megabytes}MB'"));
        return new MemoryLimit(connection);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _connection.Execute("RESET memory_limit");
    }
}
