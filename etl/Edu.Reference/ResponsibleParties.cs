using System.Text.Json;

namespace Edu.Reference;

/// <summary>
/// The bodies a decision charges with its items (responsible-parties.json), found in the prose of «Ответственные»:
/// «руководители органов местного самоуправления Ленинградской области, осуществляющих управление в сфере
/// образования» is the municipal education authorities, «ГАОУ ДПО «Ленинградский областной институт развития
/// образования»» is ЛОИРО. What the text says beyond them (names, a municipality) is read elsewhere.
/// </summary>
public sealed class ResponsibleParties
{
    private readonly NameMatcher _parties;

    private ResponsibleParties(IReadOnlyList<(string Name, IReadOnlyList<string> Spellings)> parties, string municipalAuthorities)
    {
        _parties = new NameMatcher(parties.Select(p => (p.Name, p.Spellings.AsEnumerable())));
        MunicipalAuthorities = municipalAuthorities;
    }

    public static ResponsibleParties Default { get; } = LoadDefault();

    /// <summary>The party that stands for the education authorities of every municipality.</summary>
    public string MunicipalAuthorities { get; }

    public IReadOnlyList<string> Names => _parties.Names;

    /// <summary>The parties the text names, in order of first mention.</summary>
    public IReadOnlyList<string> In(string? text) => _parties.FindMentioned(text);

    private static ResponsibleParties LoadDefault()
    {
        using var stream = typeof(ResponsibleParties).Assembly.GetManifestResourceStream("Edu.Reference.responsible-parties.json")!;
        using var doc = JsonDocument.Parse(stream);
        var parties = doc.RootElement.GetProperty("parties").EnumerateArray().Select(p => (
            Name: p.GetProperty("name").GetString()!,
            Spellings: (IReadOnlyList<string>)[.. p.GetProperty("spellings").EnumerateArray().Select(s => s.GetString()!)],
            Municipal: p.TryGetProperty("municipal", out var m) && m.GetBoolean())).ToList();
        return new ResponsibleParties([.. parties.Select(p => (p.Name, p.Spellings))], parties.Single(p => p.Municipal).Name);
    }
}
