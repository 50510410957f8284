namespace Edu.Jobs.Tests.Support;

/// <summary>Waits on a condition instead of sleeping a fixed time; fails with what was awaited.</summary>
public static class Eventually
{
    public static async Task Until(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out waiting until {what}");
            await Task.Delay(25);
        }
    }
}
