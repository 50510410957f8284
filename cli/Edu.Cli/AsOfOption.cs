using System.Globalization;
using Edu.Reference;

namespace Edu.Cli;

internal static class AsOfOption
{
    private static readonly string[] Formats = ["dd.MM.yyyy", "yyyy-MM-dd"];

    /// <summary>«--as-of» as ДД.ММ.ГГГГ or ГГГГ-ММ-ДД; without it, the region's today.</summary>
    public static DateOnly Resolve(string? text, RegionClock clock)
    {
        if (text is null) return clock.Today;
        return DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"дата --as-of «{text}» не распознана: ожидалась ДД.ММ.ГГГГ или ГГГГ-ММ-ДД");
    }
}
