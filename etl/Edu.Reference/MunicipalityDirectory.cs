using System.Text.Json;

namespace Edu.Reference;

public sealed record Municipality(string Code, string Name, string District);

/// <summary>
/// The region's municipalities and their educational districts, from the shipped
/// municipalities.json (or a file given in configuration). Names match in any usual form.
/// </summary>
public sealed class MunicipalityDirectory
{
    private readonly Dictionary<string, Municipality> _byStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Municipality> _byCode = new(StringComparer.Ordinal);

    public MunicipalityDirectory(string region, IEnumerable<Municipality> municipalities)
    {
        Region = region;
        All = municipalities.OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
        foreach (var m in All)
        {
            _byStem[Stem(m.Name)] = m;
            _byCode[m.Code] = m;
        }
    }

    public string Region { get; }

    public IReadOnlyList<Municipality> All { get; }

    public IEnumerable<string> Districts => All.Select(m => m.District).Distinct().Order(StringComparer.Ordinal);

    public static MunicipalityDirectory LoadDefault()
    {
        using var stream = typeof(MunicipalityDirectory).Assembly
            .GetManifestResourceStream("Edu.Reference.municipalities.json")!;
        return Load(stream);
    }

    public static MunicipalityDirectory Load(Stream json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var districtOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in root.GetProperty("districts").EnumerateArray())
            foreach (var m in d.GetProperty("municipalities").EnumerateArray())
                districtOf[m.GetString()!] = d.GetProperty("name").GetString()!;
        var list = root.GetProperty("municipalities").EnumerateArray()
            .Select(m =>
            {
                var name = m.GetProperty("name").GetString()!;
                return new Municipality(m.GetProperty("code").GetString()!, name,
                    districtOf.TryGetValue(name, out var d) ? d
                        : throw new InvalidDataException($"Муниципалитет «{name}» не отнесён ни к одному образовательному округу."));
            });
        return new MunicipalityDirectory(root.GetProperty("region").GetString()!, list);
    }

    /// <summary>Finds a municipality by any usual spelling («Лужский», «Лужский МР», «Сосновоборский ГО») or by its code.</summary>
    public Municipality? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var trimmed = text.Trim();
        if (_byCode.TryGetValue(trimmed.PadLeft(2, '0'), out var byCode)) return byCode;
        return _byStem.GetValueOrDefault(Stem(trimmed));
    }

    // «Лужский муниципальный район» → «лужский»: drop the words that only say what kind of municipality it is.
    private static readonly string[] KindWords =
        ["муниципальный", "муниципальное", "образование", "район", "р", "н", "городской", "округ", "мр", "го", "мо", "ленинградской", "области"];

    private static string Stem(string name)
    {
        var words = TextNormalizer.Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !KindWords.Contains(w));
        return string.Join(' ', words);
    }
}
