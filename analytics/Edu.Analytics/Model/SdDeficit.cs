namespace Edu.Analytics.Model;

/// <summary>
/// A criterion deficient across schools in one round (SPEC §12, `sd-deficits`): in <paramref name="Scope"/> (a
/// municipality or <see cref="Labels.Region"/>) <paramref name="Schools"/> schools scored 0 among
/// <paramref name="SchoolsWithCriterion"/> that have the criterion in that round; <paramref name="Place"/> ranks it.
/// </summary>
public sealed record SdDeficit(
    DateOnly Date,
    string Scope,
    string Direction,
    string Number,
    string Criterion,
    int Schools,
    int SchoolsWithCriterion,
    int Place)
{
    public double Share => Schools * 100.0 / SchoolsWithCriterion;

    public bool IsRegion => Scope == Labels.Region;
}
