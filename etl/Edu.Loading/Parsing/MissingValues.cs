namespace Edu.Loading.Parsing;

/// <summary>
/// The codes that files use for "no value". They become NULL, never 0: a zero is a result,
/// a dash is the absence of one.
/// </summary>
public static class MissingValues
{
    private static readonly HashSet<string> Codes = new(StringComparer.Ordinal)
    {
        "x", "х", "-", "—", "–", "н/д", "нд", "нет отметки", "не пройд.", "не пройд", "не пройдено", "#н/д", "n/a",
    };

    public static bool IsMissing(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return true;
        return Codes.Contains(text.Trim().ToLowerInvariant().Replace('ё', 'е'));
    }
}
