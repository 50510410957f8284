using Edu.Loading;
using Edu.Jobs.Inbox;
using Edu.Jobs.Tests.Support;
using Edu.Reference;
using Microsoft.Extensions.DependencyInjection;

namespace Edu.Jobs.Tests;

/// <summary>One writer at a time against DuckDB, and a batch of loads gives one recompute.</summary>
public sealed class WriterTests
{
    [Fact]
    public async Task Two_loads_requested_at_once_run_one_after_the_other_and_both_land_whole()
    {
        await using var host = await JobsHost.StartAsync();
        host.Loader.Hold = TimeSpan.FromMilliseconds(300);
        var files = Samples.Coverage(2);
        foreach (var file in files) host.Drop(file);

        host.ScanTwice();
        await Eventually.Until(() => host.FilesIn(host.Archive).Count == 2, "both files are archived");
        await host.WaitIdle();

        AssertSerialized(host);
        AssertWhole(host, files);
    }

    [Fact]
    public async Task Writer_gate_serializes_loads_even_when_called_outside_the_queue()
    {
        await using var host = await JobsHost.StartAsync();
        host.Loader.Hold = TimeSpan.FromMilliseconds(300);
        var folders = host.Services.GetRequiredService<InboxFolders>();
        var files = Samples.Coverage(3);
        var tickets = files.Select(f =>
        {
            using var content = File.OpenRead(Samples.Path(f));
            return folders.Accept(content, f);
        }).ToList();

        // As if a second server processed the writer queue by mistake: jobs called directly on parallel threads.
        await Task.WhenAll(tickets.Select(t => Task.Run(() => host.Services.GetRequiredService<LoadFileJob>().Run(t.Id, t.FileName))));
        await host.WaitIdle();

        AssertSerialized(host);
        AssertWhole(host, files);
    }

    [Fact]
    public async Task Ten_files_give_one_recompute()
    {
        await using var host = await JobsHost.StartAsync();
        var files = Samples.Coverage(10);
        foreach (var file in files) host.Drop(file);

        // «Queued together» made certain: the first load waits at the gate until the scan has queued all ten,
        // as it would behind a real load taking seconds (otherwise a fast first load may finish mid-scan).
        using (host.Services.GetRequiredService<WriterGate>().Enter("тест"))
        {
            var scans = new[] { host.Jobs.ScanInboxNow(), host.Jobs.ScanInboxNow() };
            await Eventually.Until(() => scans.All(host.Succeeded), "both scans finished");
        }
        await Eventually.Until(() => host.FilesIn(host.Archive).Count == 10, "all ten files are archived");
        await host.WaitIdle();

        host.Outcomes().Should().HaveCount(10).And.AllBe(LoadOutcome.StatusText(LoadStatus.Loaded));
        host.Recomputer.Calls.Should().Be(1);
    }

    [Fact]
    public async Task Recompute_requested_while_none_is_waiting_runs_again()
    {
        await using var host = await JobsHost.StartAsync();

        host.Jobs.RequestRecompute();
        await Eventually.Until(() => host.Recomputer.Calls == 1, "the first recompute ran");
        await host.WaitIdle();
        host.Jobs.RequestRecompute();
        await Eventually.Until(() => host.Recomputer.Calls == 2, "a later request is not swallowed by a finished recompute");
    }

    private static void AssertSerialized(JobsHost host)
    {
        host.Loader.MaxConcurrent.Should().Be(1);
        var calls = host.Loader.Calls.OrderBy(c => c.Entered).ToList();
        for (var i = 1; i < calls.Count; i++)
            calls[i].Entered.Should().BeOnOrAfter(calls[i - 1].Exited, "a load starts only after the previous one has left the writer path");
    }

    private static void AssertWhole(JobsHost host, IReadOnlyList<string> files)
    {
        var outcomes = host.Loader.Calls.Select(c => c.Outcome!).ToList();
        outcomes.Should().HaveCount(files.Count).And.OnlyContain(o => o.Status == LoadStatus.Loaded && o.Rows > 0);
        host.Scalar<long>("SELECT count(*) FROM coverage").Should().Be(outcomes.Sum(o => o.Rows));
        host.Scalar<long>("SELECT count(DISTINCT load_id) FROM coverage").Should().Be(files.Count);
        host.Scalar<long>("SELECT count(DISTINCT report_date) FROM coverage").Should().Be(files.Count);
    }
}
