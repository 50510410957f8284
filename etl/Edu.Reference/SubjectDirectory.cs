using System.Globalization;
using System.Text.Json;

namespace Edu.Reference;

/// <summary>Subject names folded to one spelling, and ФЦТ subject codes of ЕГЭ/ОГЭ files.</summary>
public sealed class SubjectDirectory
{
    private readonly Dictionary<string, string> _egeCodes;
    private readonly Dictionary<string, string> _ogeCodes;
    private readonly NameMatcher _names;

    private SubjectDirectory(Dictionary<string, string> egeCodes, Dictionary<string, string> ogeCodes, Dictionary<string, string> synonyms)
    {
        _egeCodes = egeCodes;
        _ogeCodes = ogeCodes;
        // Every subject the codes or synonyms name is known; its spellings are its synonyms.
        var known = egeCodes.Values.Concat(ogeCodes.Values).Concat(synonyms.Values).Distinct(StringComparer.Ordinal);
        _names = new NameMatcher(known.Select(k => (k, synonyms.Where(s => s.Value == k).Select(s => s.Key))));
    }

    public static SubjectDirectory Default { get; } = LoadDefault();

    /// <summary>
    /// «математика », «МАТЕМАТИКА» → «Математика»; synonyms such as «Математика (профиль)» → «Математика профильная».
    /// Subjects are an open list: one the directory does not know keeps its words, capitalised.
    /// </summary>
    public string Normalize(string name)
    {
        if (_names.Find(name) is { } known) return known;
        var words = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim();
        return words.Length == 0 ? words : char.ToUpper(words[0], CultureInfo.GetCultureInfo("ru-RU")) + words[1..].ToLower(CultureInfo.GetCultureInfo("ru-RU"));
    }

    public string? EgeByCode(string code) => _egeCodes.GetValueOrDefault(code.TrimStart('0'));

    public string? OgeByCode(string code) => _ogeCodes.GetValueOrDefault(code.TrimStart('0'));

    private static SubjectDirectory LoadDefault()
    {
        using var stream = typeof(SubjectDirectory).Assembly.GetManifestResourceStream("Edu.Reference.subjects.json")!;
        using var doc = JsonDocument.Parse(stream);
        Dictionary<string, string> Read(string name) =>
            doc.RootElement.GetProperty(name).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        return new SubjectDirectory(Read("codes"), Read("ogeCodes"), Read("synonyms"));
    }
}
