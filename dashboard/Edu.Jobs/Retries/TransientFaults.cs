using System.Data.Common;
using DuckDB.NET.Data;
using Edu.Storage.Publishing;

namespace Edu.Jobs.Retries;

/// <summary>
/// Which failures may go away by themselves: a file locked by another program, a DuckDB file lock held by another
/// process, the writer lock kept by another writer (./edu load) past the wait, a transaction conflict, a timeout.
/// A missing file or a bug will not, so those are not retried.
/// </summary>
public static class TransientFaults
{
    public static bool IsTransient(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // Already filed as rejected: whatever caused it, trying again cannot help.
                case Inbox.FiledAsRejectedException:
                    return false;
                case TransientJobException:
                case TimeoutException:
                case WriterBusyException:
                    return true;
                case FileNotFoundException or DirectoryNotFoundException or PathTooLongException:
                    return false;
                case IOException:
                    return true;
                case DuckDBException duck when IsDuckDbContention(duck):
                    return true;
                case DbException { IsTransient: true }:
                    return true;
            }
        }
        return false;
    }

    private static bool IsDuckDbContention(DuckDBException e) =>
        e.ErrorType is DuckDB.NET.Native.DuckDBErrorType.Transaction or DuckDB.NET.Native.DuckDBErrorType.Interrupt
        || e.Message.Contains("Could not set lock", StringComparison.OrdinalIgnoreCase)
        || e.Message.Contains("Conflicting lock", StringComparison.OrdinalIgnoreCase);
}
