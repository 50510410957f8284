using Edu.Reference;
using System.Text.Json;

namespace Edu.Loading.Headers;

public sealed record ColumnDefinition(string Key, bool Required, bool Personal, IReadOnlyList<string> Aliases)
{
    /// <summary>The first alias is the column's name as SPEC spells it; messages use it.</summary>
    public string DisplayName => Aliases[0];

    internal IReadOnlySet<string> NormalizedAliases { get; } = Aliases.Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
}

public sealed record KindDefinition(FileKind Kind, string Title, IReadOnlyList<ColumnDefinition> Columns)
{
    public IEnumerable<ColumnDefinition> Required => Columns.Where(c => c.Required);

    public ColumnDefinition Column(string key) => Columns.Single(c => c.Key == key);
}

/// <summary>The kinds and their header aliases, read from the one data file Headers/header-aliases.json; their Russian names from Edu.Reference (<see cref="InputKinds"/>).</summary>
public sealed class KindCatalog
{
    private KindCatalog(IReadOnlyList<KindDefinition> kinds, IEnumerable<string> personalCaptions)
    {
        Kinds = kinds;
        PersonalCaptions = kinds.SelectMany(k => k.Columns).Where(c => c.Personal).SelectMany(c => c.Aliases).Concat(personalCaptions)
            .Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<KindDefinition> Kinds { get; }

    /// <summary>Normalised captions of personal columns: the kinds' «personal» columns and the file's «personal» list.</summary>
    public IReadOnlySet<string> PersonalCaptions { get; }

    public bool IsPersonalCaption(object? cell) => cell is string text && PersonalCaptions.Contains(TextNormalizer.Normalize(text));

    public KindDefinition this[FileKind kind] => Kinds.Single(k => k.Kind == kind);

    public static KindCatalog Default { get; } = LoadDefault();

    private static KindCatalog LoadDefault()
    {
        using var stream = typeof(KindCatalog).Assembly.GetManifestResourceStream("Edu.Loading.Headers.header-aliases.json")!;
        using var doc = JsonDocument.Parse(stream);
        var kinds = new List<KindDefinition>();
        foreach (var kind in doc.RootElement.GetProperty("kinds").EnumerateObject())
        {
            var columns = kind.Value.GetProperty("columns").EnumerateObject()
                .Select(c => new ColumnDefinition(
                    c.Name,
                    c.Value.GetProperty("required").GetBoolean(),
                    c.Value.TryGetProperty("personal", out var p) && p.GetBoolean(),
                    c.Value.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).ToList()))
                .ToList();
            kinds.Add(new KindDefinition(FileKindNames.FromCode(kind.Name), InputKinds.Title(kind.Name), columns));
        }
        var personal = doc.RootElement.TryGetProperty("personal", out var list) ? list.EnumerateArray().Select(a => a.GetString()!).ToList() : [];
        return new KindCatalog(kinds, personal);
    }
}
