using System.Collections.Concurrent;
using Edu.Loading;

namespace Edu.Jobs.Progress;

/// <summary>
/// Loads running in this process, updated by the load job through <see cref="IProgress{T}"/>. Thread-safe: the job's
/// worker writes while page requests read. In-process by design: loads run only on the writer instance, so the page
/// shows progress there; other instances see the job states in Hangfire.
/// </summary>
public sealed class LoadProgressRegistry(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, RunningLoad> _running = new(StringComparer.Ordinal);

    /// <summary>Registers a load and returns the reporter the loader writes to.</summary>
    public IProgress<LoadProgress> Begin(string ticket, string file)
    {
        _running[ticket] = new RunningLoad(ticket, file, time.GetUtcNow(), 0, 0);
        return new Reporter(this, ticket);
    }

    public void End(string ticket) => _running.TryRemove(ticket, out _);

    /// <summary>A snapshot, oldest first.</summary>
    public IReadOnlyList<RunningLoad> Running() => _running.Values.OrderBy(l => l.StartedAt).ThenBy(l => l.Ticket, StringComparer.Ordinal).ToList();

    private void Update(string ticket, LoadProgress progress)
    {
        // Reports that arrive after End (none today, but the loader owns the timing) must not resurrect the entry.
        while (_running.TryGetValue(ticket, out var current))
        {
            var next = current with { Rows = progress.Rows, Fraction = Math.Clamp(progress.Fraction, 0, 1) };
            if (_running.TryUpdate(ticket, next, current)) return;
        }
    }

    /// <summary>Synchronous on purpose (unlike <see cref="Progress{T}"/>): the page must see the state the loader last reported.</summary>
    private sealed class Reporter(LoadProgressRegistry registry, string ticket) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => registry.Update(ticket, value);
    }
}
