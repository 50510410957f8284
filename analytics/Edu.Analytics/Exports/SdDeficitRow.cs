namespace Edu.Analytics.Exports;

/// <summary>
/// A criterion deficient across the schools of a municipality or the region in one round (SPEC §12, `sd-deficits`):
/// how many schools scored 0, their share of the schools with the criterion in that round, and its place.
/// </summary>
public sealed record SdDeficitRow(
    DateOnly RoundDate,
    string Municipality,
    string Direction,
    string Number,
    string Criterion,
    int Schools,
    int SchoolsWithCriterion,
    double Share,
    int Place) : IYearRow
{
    public int Year => Methods.SelfDiagnostics.SchoolYear(RoundDate);

    public bool IsRegion => Municipality == Model.Labels.Region;
}
