using System.Collections.Concurrent;
using Edu.Loading;
using Edu.Jobs.Progress;

namespace Edu.Jobs.Tests.Support;

/// <summary>
/// The real loader, watched: counts concurrent entries into the writer path, keeps each call's enter/exit time,
/// what the progress registry showed when the load returned, and can throw a planned fault before loading.
/// </summary>
public sealed class ObservedLoader(IFileLoader inner, LoadProgressRegistry registry) : IFileLoader
{
    private readonly ConcurrentQueue<Call> _calls = new();
    private readonly ConcurrentDictionary<string, Queue<Exception>> _faults = new(StringComparer.Ordinal);
    private int _inside;
    private int _maxInside;

    public IReadOnlyList<Call> Calls => _calls.ToList();

    public int MaxConcurrent => Volatile.Read(ref _maxInside);

    /// <summary>The next loads of <paramref name="fileName"/> throw these, in order, before the real load.</summary>
    public void FailNext(string fileName, params Exception[] faults) => _faults[fileName] = new Queue<Exception>(faults);

    /// <summary>Slows each load down so that overlapping writes, if they could happen, would.</summary>
    public TimeSpan Hold { get; set; }

    public int CallsFor(string fileName) => _calls.Count(c => c.File == fileName);

    public LoadOutcome Load(string path, IProgress<LoadProgress> progress)
    {
        var file = Path.GetFileName(path);
        var inside = Interlocked.Increment(ref _inside);
        InterlockedMax(ref _maxInside, inside);
        var entered = DateTime.UtcNow;
        LoadOutcome? outcome = null;
        IReadOnlyList<RunningLoad> running = [];
        try
        {
            if (_faults.TryGetValue(file, out var planned) && planned.TryDequeue(out var fault)) throw fault;
            if (Hold > TimeSpan.Zero) Thread.Sleep(Hold);
            outcome = inner.Load(path, progress);
            running = registry.Running();
            return outcome;
        }
        finally
        {
            Interlocked.Decrement(ref _inside);
            _calls.Enqueue(new Call(file, entered, DateTime.UtcNow, outcome, running));
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    public sealed record Call(string File, DateTime Entered, DateTime Exited, LoadOutcome? Outcome, IReadOnlyList<RunningLoad> RunningWhenDone);
}
