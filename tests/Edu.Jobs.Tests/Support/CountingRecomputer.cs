namespace Edu.Jobs.Tests.Support;

/// <summary>Stands in for the analytics recompute (not ours to test here) and counts the calls.</summary>
public sealed class CountingRecomputer : IRecomputer
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public void Recompute() => Interlocked.Increment(ref _calls);
}
