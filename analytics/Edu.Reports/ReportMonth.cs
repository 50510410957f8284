using System.Globalization;

namespace Edu.Reports;

/// <summary>A calendar month written «ГГГГ-ММ»; the report is as of its last day.</summary>
public readonly record struct ReportMonth(int Year, int Month)
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    /// <summary>«октябрь 2025» — the way the month is named in titles.</summary>
    public string RussianName => FirstDay.ToString("MMMM yyyy", Russian);

    /// <summary>«2025-10», used in file names.</summary>
    public override string ToString() => $"{Year:D4}-{Month:D2}";

    /// <summary>Accepts exactly «ГГГГ-ММ» (strict, so «2025-1» or «10.2025» are refused rather than guessed).</summary>
    public static bool TryParse(string? text, out ReportMonth month)
    {
        month = default;
        if (text is null) return false;
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return false;
        month = new ReportMonth(date.Year, date.Month);
        return true;
    }

    public static ReportMonth Parse(string text) =>
        TryParse(text, out var month) ? month : throw new FormatException($"месяц «{text}» не распознан: ожидался ГГГГ-ММ, например 2025-10");
}
