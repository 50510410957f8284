namespace Edu.Reference;

/// <summary>
/// Project names as rosters and configuration write them: «Стабильно высокие образовательные результаты» and
/// «"Стабильно  высокие…"» are one project (SPEC §11: case, quotes and spaces ignored).
/// </summary>
public static class ProjectNames
{
    private static readonly char[] Quotes = ['«', '»', '"', '“', '”', '„', '\''];

    /// <summary>The form two names are compared in; stored beside the name.</summary>
    public static string Key(string name) => TextNormalizer.Normalize(name);

    /// <summary>The name as shown: single spaces, without the pair of quotes a file may put around the whole of it.</summary>
    public static string Display(string name)
    {
        var spaced = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var quoted = spaced.Length > 2 && Quotes.Contains(spaced[0]) && Quotes.Contains(spaced[^1]) && spaced[1..^1].IndexOfAny(Quotes) < 0;
        return quoted ? spaced[1..^1].Trim() : spaced;
    }
}
