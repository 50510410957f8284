using Edu.Jobs;
using Edu.Reference;
using Hangfire;

namespace Edu.Dashboard.Features.Reports;

/// <summary>
/// The monthly region report (SPEC §7, §8): the month before «now» into the reports folder. It only reads the
/// published version, so it never waits for a load; it runs on the writer queue because that is the queue a Hangfire
/// server of this app processes.
/// </summary>
public sealed class MonthlyReportJob(ReportStore store, RegionClock clock, ILogger<MonthlyReportJob> log)
{
    public const string RecurringId = "monthly-report";

    [Queue(JobQueues.DuckDbWriter)]
    public void Run()
    {
        var month = ReportSchedule.MonthBefore(clock);
        var report = store.Generate(month, null, "по расписанию");
        log.LogInformation("Monthly report {Month} written: {Id}, {Files} files", month, report.Id, report.Files.Count());
    }
}
