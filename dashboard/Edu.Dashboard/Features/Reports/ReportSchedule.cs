using Edu.Reports;

namespace Edu.Dashboard.Features.Reports;

/// <summary>When the monthly report runs and which month it covers.</summary>
public static class ReportSchedule
{
    /// <summary>06:00 on the 1st of each month (SPEC §7).</summary>
    public const string Cron = "0 6 1 * *";

    /// <summary>Moscow time when the system knows the zone (IANA or Windows id), otherwise UTC.</summary>
    public static TimeZoneInfo TimeZone { get; } = FindMoscow() ?? TimeZoneInfo.Utc;

    /// <summary>The calendar month before the one <paramref name="today"/> falls in: 2026-01-01 → 2025-12, 2026-03-15 → 2026-02.</summary>
    public static ReportMonth MonthBefore(DateOnly today)
    {
        var previous = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        return new ReportMonth(previous.Year, previous.Month);
    }

    /// <summary>The month before «now» as seen in <see cref="TimeZone"/>.</summary>
    public static ReportMonth MonthBefore(TimeProvider time) =>
        MonthBefore(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), TimeZone).DateTime));

    private static TimeZoneInfo? FindMoscow()
    {
        foreach (var id in new[] { "Europe/Moscow", "Russian Standard Time" })
        {
            try
            {
                return TimeZoneInfo.FindSystemTimeZoneById(id);
            }
            catch (TimeZoneNotFoundException)
            {
            }
            catch (InvalidTimeZoneException)
            {
            }
        }
        return null;
    }
}
