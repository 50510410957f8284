namespace Edu.Reference;

/// <summary>
/// The eight magistral directions of the «Школа Минпросвещения России» criteria (SPEC §12), in the federal order, with
/// the spellings files use: «Магистральное направление "Знание"», «Знание: качество и объективность», «Учитель и
/// школьная команда», a header «Знание, баллы». Matched by the one <see cref="NameMatcher"/>.
/// </summary>
public static class MagistralDirections
{
    private static readonly NameMatcher Matcher = new(
        [
            ("Знание", ["Знание качество и объективность"]),
            ("Воспитание", []),
            ("Здоровье", []),
            ("Творчество", []),
            ("Профориентация", ["Профессиональная ориентация"]),
            ("Учитель. Школьная команда", ["Учитель и школьная команда", "Учитель школьная команда", "Школьная команда"]),
            ("Школьный климат", []),
            ("Образовательная среда", []),
        ],
        ["магистральное", "магистральные", "магистральным", "направление", "направления", "направлениям", "ключевое", "условие", "баллы", "баллов", "балл", "по"]);

    private static readonly Dictionary<string, int> Positions = Matcher.Names.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i);

    /// <summary>The directions in the federal order.</summary>
    public static IReadOnlyList<string> All => Matcher.Names;

    public static string? Find(string? text) => Matcher.Find(text);

    /// <summary>
    /// The direction a column caption ends with: a caption under a merged group reads «Баллы по направлениям проекта
    /// Знание», so the longest run of trailing words that names a direction wins.
    /// </summary>
    public static string? FindInCaption(string? caption)
    {
        var words = (caption ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var start = 0; start < words.Length; start++)
        {
            if (Matcher.Find(string.Join(' ', words[start..])) is { } direction) return direction;
        }
        return null;
    }

    /// <summary>Position in the federal order (charts and tables list directions in it).</summary>
    public static int Order(string direction) => Positions.GetValueOrDefault(direction, int.MaxValue);

    public static string Describe() => Matcher.Describe();
}
