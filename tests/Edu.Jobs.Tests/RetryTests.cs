using Edu.Loading;
using Edu.Jobs.Tests.Support;
using Edu.Reference;

namespace Edu.Jobs.Tests;

/// <summary>Transient faults are retried with backoff; anything else fails at once (the file filed as rejected, see FailingFileTests).</summary>
public sealed class RetryTests
{
    [Fact]
    public async Task Locked_file_is_retried_after_the_backoff_and_then_loads()
    {
        await using var host = await JobsHost.StartAsync();
        host.Loader.FailNext(Samples.Targets, new IOException("The process cannot access the file because it is being used by another process."));
        host.Drop(Samples.Targets);

        host.ScanTwice();
        await Eventually.Until(() => host.FilesIn(host.Archive).Count == 1, "the file is archived after the retry");
        await host.WaitIdle();

        var calls = host.Loader.Calls.Where(c => c.File == Samples.Targets).OrderBy(c => c.Entered).ToList();
        calls.Should().HaveCount(2);
        host.Outcomes().Should().Equal(LoadOutcome.StatusText(LoadStatus.Loaded));
        host.Recomputer.Calls.Should().Be(1);
        var load = host.JobsInState("Succeeded").Single(j => j.Details.Job.Type == typeof(Inbox.LoadFileJob));
        var retry = load.Details.History.Should().ContainSingle(h => h.StateName == "Scheduled", "the first attempt was turned into a retry").Which;
        retry.Reason.Should().Contain("Retry attempt 1 of 2");
        (At(retry.Data["EnqueueAt"]) - At(retry.Data["ScheduledAt"])).Should().Be(TimeSpan.FromSeconds(1), "the first retry waits the configured backoff");
    }

    private static DateTime At(string value) => Hangfire.Common.JobHelper.DeserializeDateTime(value);

    [Fact]
    public async Task Transient_faults_beyond_the_attempts_fail_the_job_and_keep_the_file()
    {
        await using var host = await JobsHost.StartAsync(s => s["Jobs:RetryAttempts"] = "1");
        host.Loader.FailNext(Samples.Targets, new TimeoutException("first"), new TimeoutException("second"));
        host.Drop(Samples.Targets);

        host.ScanTwice();
        await Eventually.Until(() => host.JobsInState("Failed").Count == 1, "the job fails after its one retry");

        host.Loader.CallsFor(Samples.Targets).Should().Be(2);
        Directory.EnumerateFiles(host.Processing, "*", SearchOption.AllDirectories).Should().ContainSingle("the file waits in its ticket folder for «Повторить»");
    }

    [Fact]
    public async Task Non_transient_fault_fails_at_once_without_retries()
    {
        await using var host = await JobsHost.StartAsync();
        host.Loader.FailNext(Samples.Targets, new InvalidOperationException("a bug, not a passing condition"));
        host.Drop(Samples.Targets);

        host.ScanTwice();
        await Eventually.Until(() => host.JobsInState("Failed").Count == 1, "the job fails");

        // Failed is final: AutomaticRetry turns a retried failure into Scheduled instead, and the history has none.
        host.Loader.CallsFor(Samples.Targets).Should().Be(1);
        host.JobsInState("Failed").Single().Details.History.Should().NotContain(h => h.StateName == "Scheduled");
        host.Outcomes().Should().BeEmpty();
        host.FilesIn(host.Archive).Should().BeEmpty();
        host.Recomputer.Calls.Should().Be(0);
    }
}
