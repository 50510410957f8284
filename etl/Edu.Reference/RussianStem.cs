namespace Edu.Reference;

/// <summary>
/// A light stemmer for matching names in running Russian text: the case endings of adjectives and nouns are cut, so
/// «Лужского муниципального района» and «Лужский район», or «органам местного самоуправления» and «органы местного
/// самоуправления», come down to the same stems. It is not a morphology: both sides of a comparison go through it,
/// and only whether they agree matters.
/// </summary>
public static class RussianStem
{
    // A stem never gets shorter than this, so abbreviations («МОУО», «ОМСУ») and short words stay whole.
    private const int MinStem = 4;

    // Longest first: the first ending that fits wins.
    private static readonly string[] Endings =
    [
        "иями", "ями", "ами", "иям", "иях", "ием", "ией",
        "ого", "его", "ому", "ему", "ыми", "ими",
        "ий", "ый", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их", "ым", "им", "ом", "ем", "ую", "юю",
        "ах", "ях", "ов", "ев", "ей", "ам", "ям", "ию", "ия", "ии",
        "а", "я", "ы", "и", "у", "ю", "е", "о", "ь",
    ];

    /// <summary>The stem of one word in normal form (lower case, е for ё).</summary>
    public static string Of(string word)
    {
        foreach (var ending in Endings)
        {
            if (word.Length - ending.Length >= MinStem && word.EndsWith(ending, StringComparison.Ordinal))
                return word[..^ending.Length];
        }
        return word;
    }
}
