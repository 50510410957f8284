using System.Diagnostics;

namespace Edu.Analytics;

/// <summary>How long one named step of a recompute took.</summary>
public readonly record struct StepTiming(string Name, TimeSpan Elapsed);

/// <summary>
/// Collects the duration of each step of a recompute, so that a benchmark or «./edu compute --verbose» can
/// show where the time goes. Diagnostics only: timings never enter a result. Safe for steps run in parallel.
/// </summary>
public sealed class StepTimings
{
    private readonly List<StepTiming> _steps = [];

    public IReadOnlyList<StepTiming> Steps
    {
        get
        {
            lock (_steps)
            {
                return [.. _steps];
            }
        }
    }

    public T Measure<T>(string name, Func<T> step)
    {
        var start = Stopwatch.GetTimestamp();
        var result = step();
        Add(name, Stopwatch.GetElapsedTime(start));
        return result;
    }

    public void Measure(string name, Action step)
    {
        var start = Stopwatch.GetTimestamp();
        step();
        Add(name, Stopwatch.GetElapsedTime(start));
    }

    public void Add(string name, TimeSpan elapsed)
    {
        lock (_steps)
        {
            _steps.Add(new StepTiming(name, elapsed));
        }
    }
}
