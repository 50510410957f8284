namespace Edu.Reference;

/// <summary>
/// Whose a decision item is, by its «Ответственные» (SPEC §11): the municipalities it names, else every
/// municipality when it names the municipal education authorities in general, else the region's own bodies.
/// </summary>
public enum DecisionScope
{
    Regional,
    AllMunicipalities,
    Municipal,
}

/// <summary>The labels of <see cref="DecisionScope"/>: written by the loader, read back by the decisions' readers.</summary>
public static class DecisionScopes
{
    public static LabelSet<DecisionScope> Labels { get; } = new(
        (DecisionScope.Regional, "региональный"),
        (DecisionScope.AllMunicipalities, "все муниципалитеты"),
        (DecisionScope.Municipal, "муниципальный"));

    /// <summary>Named municipalities make an item theirs even beside a regional body; the authorities in general make it everyone's.</summary>
    public static DecisionScope Of(IReadOnlyCollection<Municipality> named, IReadOnlyCollection<string> parties) =>
        named.Count > 0 ? DecisionScope.Municipal
        : parties.Contains(ResponsibleParties.Default.MunicipalAuthorities) ? DecisionScope.AllMunicipalities
        : DecisionScope.Regional;
}
