using System.Globalization;

namespace Edu.Jobs;

/// <summary>
/// The inbox schedule as Hangfire wants it (a cron expression). A period is accepted for convenience when it
/// divides evenly into a minute, an hour or a day, because only then a cron expression keeps it exact.
/// </summary>
public static class InboxSchedule
{
    /// <summary>The cron expression for <paramref name="value"/>, or null with <paramref name="problem"/> in Russian.</summary>
    public static string? ToCron(string? value, out string? problem)
    {
        problem = null;
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            problem = "расписание папки входящих не задано";
            return null;
        }
        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var period)) return FromPeriod(period, out problem);

        var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length is 5 or 6) return string.Join(' ', fields);
        problem = $"расписание «{text}» не распознано: ожидалось cron-выражение из 5 или 6 полей или период вида 00:01:00";
        return null;
    }

    private static string? FromPeriod(TimeSpan period, out string? problem)
    {
        problem = null;
        var seconds = period.TotalSeconds;
        if (period <= TimeSpan.Zero || seconds != Math.Floor(seconds))
        {
            problem = $"период {period} должен быть положительным и состоять из целых секунд";
            return null;
        }
        var s = (long)seconds;
        if (s < 60 && 60 % s == 0) return s == 1 ? "* * * * * *" : $"*/{s} * * * * *";
        if (s % 60 == 0 && s < 3600 && 60 % (s / 60) == 0) return s == 60 ? "* * * * *" : $"*/{s / 60} * * * *";
        if (s % 3600 == 0 && s < 86400 && 24 % (s / 3600) == 0) return s == 3600 ? "0 * * * *" : $"0 */{s / 3600} * * *";
        if (s == 86400) return "0 0 * * *";
        problem = $"период {period} нельзя выразить расписанием: допустимы делители минуты (секунды), часа (минуты) или суток (часы), например 00:00:30, 00:05:00, 06:00:00";
        return null;
    }
}
