using ClosedXML.Excel;
using Edu.Loading;
using Edu.Jobs.Tests.Support;
using Edu.Reference;
using Microsoft.Extensions.DependencyInjection;

namespace Edu.Jobs.Tests;

/// <summary>Files dropped into the inbox, through real Hangfire servers and the real loader, end where SPEC §7 says.</summary>
public sealed class InboxLoadTests
{
    [Fact]
    public async Task Dropped_file_is_loaded_archived_its_rows_are_in_DuckDB_and_analytics_recomputed()
    {
        await using var host = await JobsHost.StartAsync();
        host.Drop(Samples.SchoolsRegistry);

        host.ScanTwice();
        await Eventually.Until(() => host.FilesIn(host.Archive).Count == 1, "the file is archived");
        await host.WaitIdle();

        host.FilesIn(host.Inbox).Should().BeEmpty();
        Directory.EnumerateFileSystemEntries(host.Processing).Should().BeEmpty("the ticket folder is released");
        host.FilesIn(host.Archive).Single().Should().EndWith("_" + Samples.SchoolsRegistry);
        host.FilesIn(host.Rejected).Should().BeEmpty();
        host.Scalar<long>("SELECT count(*) FROM schools").Should().Be(350);
        host.Outcomes().Should().Equal(LoadOutcome.StatusText(LoadStatus.Loaded));
        host.Recomputer.Calls.Should().Be(1);

        var call = host.Loader.Calls.Single();
        call.RunningWhenDone.Should().ContainSingle("the registry showed the load while it ran")
            .Which.Should().Match<Progress.RunningLoad>(l => l.File == Samples.SchoolsRegistry && l.Rows == 350 && l.Fraction == 1);
        host.Services.GetRequiredService<Progress.LoadProgressRegistry>().Running().Should().BeEmpty("a finished load leaves the registry");
    }

    [Fact]
    public async Task Broken_file_ends_in_rejected_folder_with_its_error_report_and_is_not_retried()
    {
        await using var host = await JobsHost.StartAsync();
        const string name = "Охват_с_ошибкой.xlsx";
        Directory.CreateDirectory(host.Inbox);
        using (var workbook = new XLWorkbook(Samples.Path(Samples.Coverage(1)[0])))
        {
            // A municipality nobody knows: a whole-file rejection, the kind of mistake analysts make.
            var sheet = workbook.Worksheets.First();
            var cell = sheet.CellsUsed().First(c => c.GetString().Contains("Лужский", StringComparison.Ordinal));
            cell.Value = "Несуществующий район";
            workbook.SaveAs(Path.Combine(host.Inbox, name));
        }

        host.ScanTwice();
        await Eventually.Until(() => host.FilesIn(host.Rejected).Count == 2, "the file and its report are in the rejected folder");
        await host.WaitIdle();

        var rejected = host.FilesIn(host.Rejected);
        rejected.Should().ContainSingle(f => f.EndsWith("_Охват_с_ошибкой.xlsx", StringComparison.Ordinal));
        rejected.Should().ContainSingle(f => f.EndsWith("_Охват_с_ошибкой.ошибки.xlsx", StringComparison.Ordinal));
        host.FilesIn(host.Archive).Should().BeEmpty();
        host.FilesIn(host.Inbox).Should().BeEmpty();
        host.Loader.CallsFor(name).Should().Be(1, "a rejection is a final outcome, not a fault to retry");
        host.Outcomes().Should().Equal(LoadOutcome.StatusText(LoadStatus.Rejected));
        host.Scalar<long>("SELECT count(*) FROM coverage").Should().Be(0);
        host.Recomputer.Calls.Should().Be(0);
        host.JobsInState("Failed").Should().BeEmpty();
        host.JobsInState("Succeeded").Select(j => j.Details.History.Count(h => h.StateName == "Scheduled")).Should().AllBeEquivalentTo(0);
    }

    [Fact]
    public async Task Same_file_dropped_twice_loads_once_and_still_leaves_the_inbox()
    {
        await using var host = await JobsHost.StartAsync();
        host.Drop(Samples.Targets);
        host.ScanTwice();
        await Eventually.Until(() => host.FilesIn(host.Archive).Count == 1, "the first copy is archived");
        await host.WaitIdle();
        var rows = host.Scalar<long>("SELECT count(*) FROM targets");

        host.Drop(Samples.Targets);
        host.ScanTwice();
        await Eventually.Until(() => host.FilesIn(host.Archive).Count == 2, "the second copy is archived too");
        await host.WaitIdle();

        host.Outcomes().Should().Equal(LoadOutcome.StatusText(LoadStatus.Loaded), LoadOutcome.StatusText(LoadStatus.AlreadyLoaded));
        host.Scalar<long>("SELECT count(*) FROM targets").Should().Be(rows).And.BeGreaterThan(0);
        host.FilesIn(host.Archive).Should().OnlyHaveUniqueItems().And.HaveCount(2);
        host.FilesIn(host.Inbox).Should().BeEmpty();
        host.Recomputer.Calls.Should().Be(1, "a file loaded before changes nothing to recompute");
    }

    [Fact]
    public async Task Files_appearing_in_the_inbox_are_taken_on_the_schedule_without_a_trigger()
    {
        await using var host = await JobsHost.StartAsync(s => s["Jobs:InboxSchedule"] = "00:00:01");
        host.Drop(Samples.Targets);

        await Eventually.Until(() => host.FilesIn(host.Archive).Count == 1, "the scheduled scan takes the file", TimeSpan.FromSeconds(20));

        host.Outcomes().Should().Equal(LoadOutcome.StatusText(LoadStatus.Loaded));
    }
}
