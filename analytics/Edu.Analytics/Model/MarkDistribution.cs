namespace Edu.Analytics.Model;

/// <summary>
/// Marks of a school-procedure-year both ways: counts, which add up across schools, and shares of all marks in %,
/// which a school's row shows. Individual works and ОГЭ protocols give counts and the shares follow from them.
/// ВПР «статистика по отметкам» gives shares, shown as loaded (they may sum to 100 ± 1), and the counts follow as
/// participants × share / 100, so that a sum over schools weighs each school by its participants, as counts do.
/// </summary>
public sealed record MarkDistribution(PerMark Counts, PerMark? Shares)
{
    /// <summary>Shares of the counts' total; none without a single mark.</summary>
    public static MarkDistribution FromCounts(PerMark counts)
    {
        var total = counts.Total;
        return new MarkDistribution(
            counts,
            total > 0 ? new PerMark(100.0 * counts.Two / total, 100.0 * counts.Three / total, 100.0 * counts.Four / total, 100.0 * counts.Five / total) : null);
    }

    public static MarkDistribution FromShares(int participants, PerMark shares) =>
        new(
            new PerMark(participants * shares.Two / 100.0, participants * shares.Three / 100.0, participants * shares.Four / 100.0, participants * shares.Five / 100.0),
            shares);
}
