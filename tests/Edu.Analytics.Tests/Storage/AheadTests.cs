using Edu.Analytics.Storage;

namespace Edu.Analytics.Tests.Storage;

/// <summary>Task results are computed on a thread of their own a few procedures ahead of the save that appends them.</summary>
public class AheadTests
{
    [Fact]
    public void The_reader_gets_every_item_in_order_and_the_time_of_computing_them()
    {
        TimeSpan? computing = null;

        Ahead.Of(Enumerable.Range(0, 1_000), capacity: 2, t => computing = t).Should().Equal(Enumerable.Range(0, 1_000));
        computing.Should().NotBeNull();
    }

    [Fact]
    public void No_more_than_the_capacity_is_computed_ahead_of_the_reader()
    {
        var computed = 0;
        IEnumerable<int> Counted()
        {
            for (var i = 0; i < 100; i++)
            {
                Interlocked.Increment(ref computed);
                yield return i;
            }
        }

        using var reader = Ahead.Of(Counted(), capacity: 2, _ => { }).GetEnumerator();
        reader.MoveNext().Should().BeTrue();
        Thread.Sleep(200);

        // The item read, two waiting, and one computed that waits for room.
        Volatile.Read(ref computed).Should().BeLessThanOrEqualTo(4);
    }

    [Fact]
    public void A_failure_of_the_sequence_reaches_the_reader_as_it_was_thrown()
    {
        IEnumerable<int> Failing()
        {
            yield return 1;
            throw new InvalidOperationException("задание без максимального балла");
        }

        var read = new List<int>();
        var reading = () =>
        {
            foreach (var item in Ahead.Of(Failing(), capacity: 2, _ => { })) read.Add(item);
        };

        reading.Should().Throw<InvalidOperationException>().WithMessage("задание без максимального балла");
        read.Should().Equal(1);
    }

    [Fact]
    public void A_reader_that_stops_early_stops_the_thread()
    {
        var computed = 0;
        IEnumerable<int> Endless()
        {
            while (true)
            {
                Interlocked.Increment(ref computed);
                yield return 0;
            }
        }

        Ahead.Of(Endless(), capacity: 2, _ => { }).Take(3).Should().HaveCount(3);
        var after = Volatile.Read(ref computed);
        Thread.Sleep(200);

        Volatile.Read(ref computed).Should().Be(after, "disposing the reader waited for the thread to end");
    }
}
