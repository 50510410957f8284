using Edu.Reference;

namespace Edu.Reports;

/// <summary>
/// The date the report's values are taken at: the month's last day, or today when the month is not
/// over yet (a status «as of» a future day would be a forecast presented as a fact).
/// </summary>
public static class ReportDate
{
    public static DateOnly AsOf(ReportMonth month, TimeProvider time)
    {
        var today = RegionClock.Of(time).Today;
        if (month.FirstDay > today) throw new ArgumentOutOfRangeException(nameof(month), $"месяц {month} ещё не наступил");
        return month.LastDay < today ? month.LastDay : today;
    }
}
