using Edu.Analytics.Exports;

namespace Edu.Analytics.Cards;

/// <summary>
/// One assessment year of a school's card: each status the analytics hold, with what it rests on. A status the school
/// does not have that year is null (or empty); <see cref="Shares"/> hold the counted procedures of the year and the one
/// before, whose low shares grounds А and Б are judged by.
/// </summary>
public sealed record SchoolYear(
    int Year,
    ShnorRow? Shnor,
    IReadOnlyList<ProcedureShare> Shares,
    ContextRow? Context,
    ResultRank? Result,
    ResilientRow? Resilience,
    StableHighRow? StableHigh,
    IReadOnlyList<ObjectivityRow> Objectivity,
    MentorRow? Mentor,
    IReadOnlyList<MentorRow> Mentees)
{
    /// <summary>Flagged for non-objectivity in at least one procedure: its results are not trusted that year.</summary>
    public bool Flagged => Objectivity.Any(o => o.Flagged);

    /// <summary>The procedures of <paramref name="year"/> with a low share at or above the threshold.</summary>
    public IEnumerable<ProcedureShare> Low(int year, double thresholdPct) => Shares.Where(s => s.Year == year && s.LowSharePct >= thresholdPct);
}
