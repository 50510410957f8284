using System.Text;
using Edu.Jobs.Inbox;
using Edu.Jobs.Tests.Support;
using Edu.Loading;
using Edu.Reference;
using Microsoft.Extensions.DependencyInjection;

namespace Edu.Jobs.Tests;

/// <summary>
/// A queued file is never tried for ever: one that fails for a reason not worth retrying, or that has used up its
/// attempts (retries and runs cut short by restarts), is moved to the rejected folder beside a report saying why.
/// Long names are bounded where they become file names and kept whole in the load history.
/// </summary>
public sealed class FailingFileTests
{
    // 124 Cyrillic letters: with «.xlsx» a name the file system allows, with a time stamp in front one it does not.
    private static readonly string LongName = string.Concat(Enumerable.Repeat("ЦелевыеПоказатели", 8))[..124] + ".xlsx";

    [Fact]
    public async Task A_file_whose_load_fails_unexpectedly_is_moved_to_rejected_with_a_report_and_not_retried()
    {
        await using var host = await JobsHost.StartAsync();
        host.Loader.FailNext(Samples.Targets, new InvalidOperationException("a bug, not a passing condition"));
        host.Drop(Samples.Targets);

        host.ScanTwice();
        await Eventually.Until(() => host.FilesIn(host.Rejected).Count == 2, "the file and its report are in the rejected folder");
        await host.WaitIdle();

        host.FilesIn(host.Rejected).Should().ContainSingle(f => f.EndsWith("_Целевые_показатели.xlsx", StringComparison.Ordinal))
            .And.ContainSingle(f => f.EndsWith("_Целевые_показатели.ошибки.xlsx", StringComparison.Ordinal));
        Directory.EnumerateFileSystemEntries(host.Processing).Should().BeEmpty("nothing is left to be re-queued at the next start");
        host.Loader.CallsFor(Samples.Targets).Should().Be(1);
        var failed = host.JobsInState("Failed").Single().Details;
        failed.History.First().Data["ExceptionMessage"].Should().Contain("«Целевые_показатели.xlsx»: отклонён — файл не загружен из-за внутренней ошибки (InvalidOperationException");
        ReportMessage(Directory.GetFiles(host.Rejected, "*.ошибки.xlsx").Single()).Should()
            .StartWith("файл не загружен из-за внутренней ошибки (InvalidOperationException: a bug, not a passing condition)");
    }

    [Fact]
    public async Task A_ticket_that_has_used_up_its_attempts_is_filed_as_rejected_at_the_next_start_without_loading_it()
    {
        var root = Directory.CreateTempSubdirectory("edu-jobs-").FullName;
        // Left by runs that never finished (the process was killed each time): RetryAttempts 2 allows four.
        var ticket = Path.Combine(root, "inbox", ".processing", InboxTicket.NewId(TimeProvider.System));
        Directory.CreateDirectory(ticket);
        File.Copy(Samples.Path(Samples.Targets), Path.Combine(ticket, Samples.Targets));
        foreach (var n in new[] { 1, 2, 3, 4 }) Directory.CreateDirectory(Path.Combine(ticket, $".attempt-{n}"));

        await using var host = await JobsHost.StartAsync(root: root);
        await Eventually.Until(() => host.FilesIn(host.Rejected).Count == 2, "the ticket is filed as rejected");

        host.Loader.CallsFor(Samples.Targets).Should().Be(0, "a file that stopped the process four times is not loaded a fifth");
        ReportMessage(Directory.GetFiles(host.Rejected, "*.ошибки.xlsx").Single()).Should()
            .Be("файл не загружен: ни одна из 4 попыток загрузки не завершилась (работа прерывалась или база данных была занята); загрузите файл снова");
        Directory.EnumerateFileSystemEntries(host.Processing).Should().BeEmpty();
    }

    [Fact]
    public async Task A_transient_fault_on_the_last_attempt_files_the_file_as_rejected()
    {
        await using var host = await JobsHost.StartAsync(s => s["Jobs:RetryAttempts"] = "0");
        var folders = host.Services.GetRequiredService<InboxFolders>();
        host.Loader.FailNext(Samples.Targets, new TimeoutException("first"), new TimeoutException("second"));
        using (var content = File.OpenRead(Samples.Path(Samples.Targets))) host.Jobs.Submit(content, Samples.Targets, "analyst");
        await Eventually.Until(() => host.JobsInState("Failed").Count == 1, "the first attempt fails and is not retried (RetryAttempts 0)");
        folders.Pending().Should().ContainSingle("the file waits for the run after a restart");

        // What a restart does: the ticket is queued once more, its second and last attempt.
        var pending = folders.Pending().Single();
        ActivatorUtilities.CreateInstance<LoadFileJob>(host.Services).Invoking(j => j.Run(pending.Id, pending.FileName))
            .Should().Throw<FiledAsRejectedException>().WithMessage("*временный сбой повторился 2 раз подряд (second)*");

        host.FilesIn(host.Rejected).Should().HaveCount(2);
        folders.Pending().Should().BeEmpty();
    }

    [Fact]
    public async Task An_inbox_file_named_near_the_file_systems_limit_is_loaded_archived_under_a_bounded_name_and_kept_whole_in_the_history()
    {
        await using var host = await JobsHost.StartAsync();
        Encoding.UTF8.GetByteCount(LongName).Should().BeInRange(250, 255);
        host.Drop(Samples.Targets, LongName);

        host.ScanTwice();
        await Eventually.Until(() => host.FilesIn(host.Archive).Count == 1, "the file is archived");
        await host.WaitIdle();

        var archived = host.FilesIn(host.Archive).Single();
        Encoding.UTF8.GetByteCount(archived).Should().BeLessThanOrEqualTo(255);
        archived.Should().StartWith(DateTime.Now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).And.EndWith(".xlsx");
        host.Scalar<string>("SELECT file_name FROM loads").Should().Be(LongName);
        host.Outcomes().Should().Equal(LoadOutcome.StatusText(LoadStatus.Loaded));
    }

    [Fact]
    public async Task An_upload_whose_name_is_longer_than_a_file_name_may_be_is_loaded_and_the_history_keeps_the_name()
    {
        await using var host = await JobsHost.StartAsync();
        var name = string.Concat(Enumerable.Repeat("Целевые показатели Ленинградской области ", 6)) + ".xlsx";
        Encoding.UTF8.GetByteCount(name).Should().BeGreaterThan(255);

        using (var content = File.OpenRead(Samples.Path(Samples.Targets))) host.Jobs.Submit(content, @"C:\Users\analyst\Desktop\" + name, "analyst");
        await Eventually.Until(() => host.FilesIn(host.Archive).Count == 1, "the upload is loaded and archived");

        host.Scalar<string>("SELECT file_name FROM loads").Should().Be(name);
    }

    private static string ReportMessage(string report)
    {
        using var book = new ClosedXML.Excel.XLWorkbook(report);
        return book.Worksheet("Ошибки").Cell(4, 5).GetString();
    }
}
