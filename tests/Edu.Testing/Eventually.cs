namespace Edu.Testing;

/// <summary>
/// Waits on a condition instead of sleeping a fixed time, for work that finishes on other threads (Hangfire jobs, the
/// inbox, caches). The condition is checked before the first pause, so a test never waits longer than it must, and
/// a timeout names what was awaited. Suites whose hosts are slower pass their own timeout and interval (JobsWait).
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(25);

    public static async Task Until(Func<bool> condition, string what, TimeSpan? timeout = null, TimeSpan? interval = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out waiting until {what}");
            await Task.Delay(interval ?? DefaultInterval);
        }
    }
}
