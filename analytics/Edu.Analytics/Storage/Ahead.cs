using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace Edu.Analytics.Storage;

/// <summary>
/// Enumerates a sequence on a thread of its own, at most a few items ahead of its reader: computing the items overlaps
/// with what the reader does with them, and no more than that many are held at once. A failure of the sequence reaches
/// the reader as it was thrown; a reader that stops early stops the thread.
/// </summary>
internal static class Ahead
{
    /// <param name="source">The sequence; enumerated once, on the thread of its own, from the reader's first item on.</param>
    /// <param name="capacity">How many items may wait for the reader.</param>
    /// <param name="computing">Receives, once the sequence ends, the time its own enumeration took (not the waits for the reader).</param>
    public static IEnumerable<T> Of<T>(IEnumerable<T> source, int capacity, Action<TimeSpan> computing)
    {
        using var buffer = new BlockingCollection<T>(capacity);
        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? failure = null;
        var producer = Task.Factory.StartNew(
            () =>
            {
                var busy = TimeSpan.Zero;
                try
                {
                    using var items = source.GetEnumerator();
                    while (true)
                    {
                        var start = Stopwatch.GetTimestamp();
                        var more = items.MoveNext();
                        busy += Stopwatch.GetElapsedTime(start);
                        if (!more)
                        {
                            break;
                        }

                        buffer.Add(items.Current, stop.Token);
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    // The reader stopped early.
                }
                catch (Exception e)
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
                finally
                {
                    buffer.CompleteAdding();
                    computing(busy);
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        try
        {
            foreach (var item in buffer.GetConsumingEnumerable())
            {
                yield return item;
            }

            producer.Wait();
            failure?.Throw();
        }
        finally
        {
            // The buffer and the token are disposed after this block: the producer must be done with them.
            stop.Cancel();
            producer.Wait();
        }
    }
}
