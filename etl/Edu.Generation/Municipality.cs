namespace Edu.Generation;

/// <summary>A municipality as the generator needs it: reference identity plus the shape of its school network.</summary>
internal sealed record Municipality(
    string Code,
    string Name,
    string District,
    double SchoolWeight,
    double RuralPropensity,
    IReadOnlyList<string> Towns)
{
    public bool IsUrbanDistrict => Name.EndsWith("городской округ", StringComparison.Ordinal);

    /// <summary>«Лужский» from «Лужский район».</summary>
    public string Stem => Name.Split(' ')[0];

    /// <summary>The usual ways files name the municipality (SPEC §2); every one must match on load.</summary>
    public IReadOnlyList<string> NameForms => IsUrbanDistrict
        ? [Name, Stem + " ГО", Stem + " городской округ"]
        : [Name, Stem, Stem + " район", Stem + " муниципальный район"];
}
