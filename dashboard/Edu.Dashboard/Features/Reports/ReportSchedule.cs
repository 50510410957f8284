using Edu.Reference;
using Edu.Reports;

namespace Edu.Dashboard.Features.Reports;

/// <summary>When the monthly report runs and which month it covers.</summary>
public static class ReportSchedule
{
    /// <summary>06:00 on the 1st of each month (SPEC §7).</summary>
    public const string Cron = "0 6 1 * *";

    /// <summary>The calendar month before the one <paramref name="today"/> falls in: 2026-01-01 → 2025-12, 2026-03-15 → 2026-02.</summary>
    public static ReportMonth MonthBefore(DateOnly today)
    {
        var previous = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        return new ReportMonth(previous.Year, previous.Month);
    }

    /// <summary>The month before «now» as seen in the region: at 01:30 МСК on 1 March it is February, though UTC is still in February's last day.</summary>
    public static ReportMonth MonthBefore(RegionClock clock) => MonthBefore(clock.Today);
}
