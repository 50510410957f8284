using DuckDB.NET.Data;

namespace Edu.Loading;

/// <summary>
/// Appends the rows of one table inside the load's transaction. DuckDB's appender keeps rows in a
/// buffer of its own until about 200,000 of them (measured: none reached the transaction before
/// Close), so a large file sat in memory twice at the end: in that buffer and, after Close, in the
/// transaction. Handing rows over every vector keeps the buffer small and lets the transaction
/// write each full row group to the database file while the rest of the file is still being read.
/// </summary>
internal sealed class TableAppender(DuckDBConnection connection, string table) : IDisposable
{
    /// <summary>One DuckDB vector; larger hand-overs measured more peak memory and no faster load.</summary>
    public const int HandOverRows = 2048;

    private DuckDBAppender? _appender;
    private int _buffered;

    public IDuckDBAppenderRow CreateRow()
    {
        if (_buffered >= HandOverRows) HandOver();
        _appender ??= connection.CreateAppender(table);
        _buffered++;
        return _appender.CreateRow();
    }

    /// <summary>Moves the buffered rows into the transaction, where SQL sees them.</summary>
    public void HandOver()
    {
        _appender?.Dispose();
        _appender = null;
        _buffered = 0;
    }

    public void Dispose() => HandOver();
}
