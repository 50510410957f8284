using Edu.Jobs;
using Edu.Reference;
using Hangfire;

namespace Edu.Dashboard.Features.Reports;

/// <summary>
/// The monthly region report (SPEC §7, §8): the month before «now» into the reports folder. It only reads DuckDB;
/// it runs on the writer queue anyway, because that is the queue a Hangfire server of this app processes, and there
/// it sees the data between loads rather than in the middle of one.
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
