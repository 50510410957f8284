using System.Collections.Concurrent;
using Edu.Dashboard.Access;
using Edu.Reports;

namespace Edu.Dashboard.Features.Reports;

/// <summary>
/// «Сформировать сейчас» in the background: a report takes seconds to build, so the request only starts it and the page
/// shows its progress until it is done, instead of a browser waiting on a blank page. One build per report at a time
/// (asking again while it runs joins it); the latest builds are kept for their pages to show the outcome.
/// </summary>
public sealed class ReportBuilds(ReportStore store, ILogger<ReportBuilds> log)
{
    // Finished builds kept to show their outcome; older ones are forgotten (the reports themselves stay in the store).
    private const int Kept = 20;

    private readonly ConcurrentDictionary<string, ReportBuild> _builds = new(StringComparer.Ordinal);

    /// <summary>Starts the report of <paramref name="month"/> for the region or a municipality, or returns its build that is running.</summary>
    public ReportBuild Start(ReportMonth month, string? municipality, string user)
    {
        var id = ReportStore.IdOf(month, municipality);
        var build = new ReportBuild(id, month, municipality);
        if (_builds.TryGetValue(id, out var running) && !running.IsFinished) return running;
        _builds[id] = build;
        Forget();
        _ = Task.Run(() =>
        {
            try
            {
                build.Finish(store.Generate(month, municipality, user, build));
            }
            catch (Exception e)
            {
                log.LogError(e, "Report {Id} failed", id);
                build.Fail(e.Message);
            }
        });
        return build;
    }

    /// <summary>The builds a scope may see: its municipality's, or all for region-wide roles; running first, then newest.</summary>
    public IReadOnlyList<ReportBuild> Visible(UserScope scope) =>
        [.. _builds.Values.Where(b => scope.IsRegion || (b.Municipality is { } m && scope.Covers(m)))
            .OrderBy(b => b.IsFinished).ThenByDescending(b => b.Sequence)];

    /// <summary>Whether any build is still running.</summary>
    public bool Running => _builds.Values.Any(b => !b.IsFinished);

    private void Forget()
    {
        foreach (var old in _builds.Values.Where(b => b.IsFinished).OrderByDescending(b => b.Sequence).Skip(Kept))
            _builds.TryRemove(old.Id, out _);
    }
}

/// <summary>One build of a report: how far it has come and how it ended. Written by its worker, read by pages.</summary>
public sealed class ReportBuild(string id, ReportMonth month, string? municipality) : IProgress<ReportProgress>
{
    private static long _sequence;

    private volatile ReportProgress _progress = new(0, 1, "в очереди");
    private volatile StoredReport? _report;
    private volatile string? _error;

    public string Id { get; } = id;

    public ReportMonth Month { get; } = month;

    public string? Municipality { get; } = municipality;

    public string ScopeName => Municipality ?? "весь регион";

    /// <summary>Order of starting: newer builds are listed first.</summary>
    public long Sequence { get; } = Interlocked.Increment(ref _sequence);

    public ReportProgress Progress => _progress;

    public StoredReport? Result => _report;

    public string? Error => _error;

    public bool IsFinished => _report is not null || _error is not null;

    public void Report(ReportProgress value) => _progress = value;

    internal void Finish(StoredReport report) => _report = report;

    internal void Fail(string error) => _error = error;
}
