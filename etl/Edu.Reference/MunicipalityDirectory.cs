using System.Text.Json;

namespace Edu.Reference;

public sealed record Municipality(string Code, string Name, string District);

/// <summary>
/// The region's municipalities and their educational districts, from the shipped
/// municipalities.json (or a file given in configuration). Municipality, district and region
/// names match in any usual form (<see cref="NameMatcher"/>).
/// </summary>
public sealed class MunicipalityDirectory
{
    private readonly Dictionary<string, Municipality> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Municipality> _byCode = new(StringComparer.Ordinal);
    private readonly NameMatcher _names;
    private readonly NameMatcher _districts;
    private readonly NameMatcher _region;

    public MunicipalityDirectory(string region, IEnumerable<Municipality> municipalities)
    {
        Region = region;
        All = municipalities.OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
        foreach (var m in All)
        {
            _byName[m.Name] = m;
            _byCode[m.Code] = m;
        }
        _names = new NameMatcher(All.Select(m => m.Name), KindWords);
        _districts = new NameMatcher(Districts, DistrictKindWords);
        _region = new NameMatcher([region], RegionKindWords);
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
        return _names.Find(trimmed) is { } name ? _byName[name] : null;
    }

    /// <summary>
    /// The municipalities a piece of prose names, in any case form: «МОУО Лужского района», «комитет образования
    /// Гатчинского муниципального района», «Сосновоборского ГО».
    /// </summary>
    public IReadOnlyList<Municipality> MentionedIn(string? text) => [.. _names.FindMentioned(text).Select(n => _byName[n])];

    /// <summary>The configured district a file means («Восточный», «восточный образовательный округ» → «Восточный округ»), or null.</summary>
    public string? FindDistrict(string? text) => _districts.Find(text);

    /// <summary>«Восточный округ, Западный округ, …»: the configured districts, for a message naming the accepted values.</summary>
    public string DescribeDistricts() => _districts.Describe();

    /// <summary>True when the text names the region as a whole («Ленинградская область», «Ленинградская обл.»).</summary>
    public bool IsRegion(string? text) => _region.Find(text) is not null;

    // «Лужский муниципальный район» → «лужский»: drop the words that only say what kind of municipality it is.
    private static readonly string[] KindWords =
        ["муниципальный", "муниципальное", "образование", "район", "р", "н", "городской", "округ", "мр", "го", "мо", "ленинградской", "области"];

    // «Восточный», «Восточный округ», «Восточный образовательный округ» (SPEC §2).
    private static readonly string[] DistrictKindWords = ["образовательный", "округ"];

    // «Ленинградская область», «Ленинградская обл.», «Ленинградская».
    private static readonly string[] RegionKindWords = ["область", "обл"];
}
