namespace Edu.Reference;

/// <summary>
/// Matches a name as a file writes it to the canonical entry of one reference list (districts,
/// municipalities, school types, localities, subjects, conditions…), with one set of rules for every
/// list: case, ё/е, quotes of any kind, punctuation and extra spaces are ignored, and so are the
/// list's kind words («округ», «район», «МОУ»…), which files write or leave out as they please.
/// A list that needs the same tolerance later (levels, project names, statuses) gets it by being one. Names written
/// inside running prose, in any case form, are found with <see cref="FindMentioned"/>.
/// </summary>
public sealed class NameMatcher
{
    private readonly Dictionary<string, string> _byKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> _kindWords;

    // For mentions in running text: spellings as stems of their words; null marks stems two entries share.
    private readonly Dictionary<string, string?> _byStems = new(StringComparer.Ordinal);
    private readonly HashSet<string> _kindStems;
    private readonly int _longestStems;

    /// <param name="entries">Each canonical name with the other spellings that mean it (the canonical name always matches itself).</param>
    /// <param name="kindWords">Words that only say what kind of thing the name is, in normal form (lower case, е for ё).</param>
    public NameMatcher(IEnumerable<(string Canonical, IEnumerable<string> Spellings)> entries, IEnumerable<string>? kindWords = null)
    {
        _kindWords = (kindWords ?? []).Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
        _kindStems = _kindWords.Select(RussianStem.Of).ToHashSet(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var (canonical, spellings) in entries)
        {
            names.Add(canonical);
            foreach (var spelling in spellings.Prepend(canonical))
            {
                var key = Key(spelling);
                // A list whose spellings collapse to nothing or to another entry's key would match silently wrong: refuse it at start.
                if (key.Length == 0)
                    throw new ArgumentException($"«{spelling}» consists of kind words only and cannot identify an entry of the list.", nameof(entries));
                if (_byKey.TryGetValue(key, out var other) && other != canonical)
                    throw new ArgumentException($"«{spelling}» would match both «{other}» and «{canonical}».", nameof(entries));
                _byKey[key] = canonical;
                var stems = Stems(spelling);
                var stemKey = string.Join(' ', stems);
                // Two entries whose spellings inflect alike cannot be told apart in prose: such a mention names neither.
                _byStems[stemKey] = _byStems.TryGetValue(stemKey, out var same) && same != canonical ? null : canonical;
                _longestStems = Math.Max(_longestStems, stems.Length);
            }
        }
        Names = names;
    }

    /// <summary>A list whose entries have no spellings besides their own names.</summary>
    public NameMatcher(IEnumerable<string> names, IEnumerable<string>? kindWords = null)
        : this(names.Select(n => (n, Enumerable.Empty<string>())), kindWords)
    {
    }

    /// <summary>The canonical names in the order given: what a message lists as accepted.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The canonical name <paramref name="text"/> means, or null when it means none of them.</summary>
    public string? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var key = Key(text);
        return key.Length == 0 ? null : _byKey.GetValueOrDefault(key);
    }

    /// <summary>
    /// The entry named by the longest run of leading words, for columns where a file may follow the name with
    /// a proper name («город Луга», «поселок городского типа Вырица»); null when no leading words name one.
    /// </summary>
    public string? FindAtStart(string? text)
    {
        var words = Key(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = words.Length; n > 0; n--)
        {
            if (_byKey.TryGetValue(string.Join(' ', words.Take(n)), out var canonical)) return canonical;
        }
        return null;
    }

    /// <summary>
    /// Every entry a piece of running text names, in order of first mention, whatever the case of its words: «МОУО
    /// Лужского района, комитет образования Гатчинского муниципального района» names «Лужский район» and «Гатчинский
    /// район». For columns that name several things in prose (responsible parties of a decision), not for a cell that
    /// holds one name. The longest run of words that names an entry wins, so an entry is not found inside a longer one.
    /// </summary>
    public IReadOnlyList<string> FindMentioned(string? text)
    {
        var words = Stems(text);
        var found = new List<string>();
        for (var i = 0; i < words.Length;)
        {
            var matched = 1;
            for (var n = Math.Min(_longestStems, words.Length - i); n > 0; n--)
            {
                if (_byStems.GetValueOrDefault(string.Join(' ', words, i, n)) is not { } canonical) continue;
                if (!found.Contains(canonical)) found.Add(canonical);
                matched = n;
                break;
            }
            i += matched;
        }
        return found;
    }

    /// <summary>«Восточный округ, Западный округ, …»: the accepted values for an error message.</summary>
    public string Describe() => string.Join(", ", Names);

    /// <summary>
    /// The normal form the list compares: normalised words without the kind words. Two texts with the
    /// same key are the same name to this list even when neither is in it (unknown school types).
    /// </summary>
    public string Key(string? text)
    {
        var words = TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !_kindWords.Contains(w));
        return string.Join(' ', words);
    }

    private string[] Stems(string? text) =>
        TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(RussianStem.Of).Where(w => !_kindStems.Contains(w)).ToArray();
}
