using Edu.Dashboard.Data;
using Edu.Dashboard.Tests.Support;

namespace Edu.Dashboard.Tests;

/// <summary>The cache behind page data and chart images: bounded in size, one computation per concurrent miss.</summary>
public sealed class BoundedCacheTests
{
    [Fact]
    public void Entries_never_hold_more_than_the_size_limit()
    {
        using var cache = new BoundedCache<int>(sizeLimit: 100, TimeSpan.FromHours(1));
        for (var i = 0; i < 50; i++) cache.Get(i, () => new byte[30], b => b.Length, out _);

        // 30-byte images under a 100-byte limit: at most three fit (which ones depends on the background compaction).
        Enumerable.Range(0, 50).Count(cache.Contains).Should().BeLessThanOrEqualTo(3);
    }

    [Fact]
    public void A_value_larger_than_the_limit_is_served_but_not_kept()
    {
        using var cache = new BoundedCache<string>(sizeLimit: 10, TimeSpan.FromHours(1));
        var calls = 0;
        byte[] Make()
        {
            calls++;
            return new byte[11];
        }

        cache.Get("big", Make, b => b.Length, out var cached).Should().HaveCount(11);
        cached.Should().BeFalse();
        cache.Get("big", Make, b => b.Length, out cached);
        cached.Should().BeFalse("it did not fit, so it was made again");
        calls.Should().Be(2);
    }

    [Fact]
    public async Task Concurrent_misses_of_one_key_compute_once()
    {
        using var cache = new BoundedCache<string>(sizeLimit: 1_000, TimeSpan.FromHours(1));
        using var release = new ManualResetEventSlim();
        var calls = 0;
        string Slow()
        {
            Interlocked.Increment(ref calls);
            release.Wait(TimeSpan.FromSeconds(30));
            return "png";
        }

        var first = Task.Run(() => (cache.Get("k", Slow, _ => 1, out var c), c));
        await JobsWait.Until(() => Volatile.Read(ref calls) == 1, "the first computation started");
        var second = Task.Run(() => (cache.Get("k", Slow, _ => 1, out var c), c));
        await Task.Delay(200);
        release.Set();

        (await first).Should().Be(("png", false));
        // Whether the second call waited for the render or came after it depends on the scheduler; either way it made nothing.
        (await second).Item1.Should().Be("png");
        calls.Should().Be(1);
        cache.Get("k", Slow, _ => 1, out var cached).Should().Be("png");
        cached.Should().BeTrue();
    }

    [Fact]
    public void A_failed_computation_is_not_remembered()
    {
        using var cache = new BoundedCache<string>(sizeLimit: 1_000, TimeSpan.FromHours(1));
        var act = () => cache.Get<string>("k", () => throw new InvalidOperationException("нет данных"), _ => 1, out _);
        act.Should().Throw<InvalidOperationException>();

        cache.Get("k", () => "готово", _ => 1, out var cached).Should().Be("готово");
        cached.Should().BeFalse();
    }
}
