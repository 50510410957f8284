namespace Edu.Analytics.Methods;

/// <summary>
/// Criterion numbers in natural order (SPEC §12): part by part as numbers, so «1.10» comes after «1.9» and «2.1»
/// after both; a part that is not a number compares as text after the numbers.
/// </summary>
public sealed class CriterionNumbers : IComparer<string>
{
    public static CriterionNumbers Order { get; } = new();

    public int Compare(string? x, string? y)
    {
        var a = (x ?? "").Split('.');
        var b = (y ?? "").Split('.');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var byPart = Part(a[i], b[i]);
            if (byPart != 0) return byPart;
        }
        return a.Length.CompareTo(b.Length);
    }

    private static int Part(string a, string b)
    {
        var numberA = long.TryParse(a, out var na);
        var numberB = long.TryParse(b, out var nb);
        return (numberA, numberB) switch
        {
            (true, true) => na.CompareTo(nb),
            (true, false) => -1,
            (false, true) => 1,
            _ => string.CompareOrdinal(a, b),
        };
    }
}
