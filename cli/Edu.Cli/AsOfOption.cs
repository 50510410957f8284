using System.Globalization;

namespace Edu.Cli;

internal static class AsOfOption
{
    private static readonly string[] Formats = ["dd.MM.yyyy", "yyyy-MM-dd"];

    /// <summary>«--as-of» as ДД.ММ.ГГГГ or ГГГГ-ММ-ДД; without it, today by the given clock.</summary>
    public static DateOnly Resolve(string? text, TimeProvider time)
    {
        if (text is null) return DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        return DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"дата --as-of «{text}» не распознана: ожидалась ДД.ММ.ГГГГ или ГГГГ-ММ-ДД");
    }
}
