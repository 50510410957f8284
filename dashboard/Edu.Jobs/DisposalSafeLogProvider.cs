using Hangfire.Logging;

namespace Edu.Jobs;

/// <summary>
/// Hangfire keeps one process-wide log provider, and AddHangfire points it at the logger factory of whichever
/// container configured it last. When that container is disposed while another still runs Hangfire in the same
/// process (tests, side-by-side hosts), Hangfire would throw creating or using a logger; this drops such log lines
/// instead. With one host per process, as in production, it only forwards.
/// </summary>
internal sealed class DisposalSafeLogProvider(ILogProvider inner) : ILogProvider
{
    public ILog GetLogger(string name)
    {
        try
        {
            return new SafeLog(inner.GetLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return new SafeLog(null);
        }
    }

    private sealed class SafeLog(ILog? inner) : ILog
    {
        public bool Log(LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                return inner?.Log(logLevel, messageFunc, exception) ?? false;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
