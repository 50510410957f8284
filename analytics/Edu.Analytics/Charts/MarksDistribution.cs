using DuckDB.NET.Data;
using Edu.Analytics.Model;

namespace Edu.Analytics.Charts;

/// <summary>
/// «Распределение отметок»: one bar per ВПР/ОГЭ procedure of a year in the region, a municipality or a school, with the
/// shares of marks «2»…«5» among all the marks written in it.
/// </summary>
public static class MarksDistribution
{
    /// <summary>More bars than this stop being readable; the most-written procedures are kept.</summary>
    public const int MaxProcedures = 12;

    public static IReadOnlyList<MarksBar> Query(DuckDBConnection connection, ReadScope scope, int year, string? municipality, string? login) =>
        Series(Rows(connection, scope, year, municipality, login));

    /// <summary>Marks of the year in the scope, narrowed to a municipality or one school; ordered by procedure and school.</summary>
    public static List<SchoolMarks> Rows(DuckDBConnection connection, ReadScope scope, int year, string? municipality, string? login) =>
        ProcedureOutcomes.WithMarks(connection, scope, year, municipality, login)
            .Select(o => new SchoolMarks(o.Login, o.Procedure, o.Marks!))
            .ToList();

    /// <summary>The latest year with marks in the scope and place: the year the pages show.</summary>
    public static int? LatestYear(DuckDBConnection connection, ReadScope scope, string? municipality, string? login) =>
        ProcedureOutcomes.LatestYearWithMarks(connection, scope, municipality, login);

    /// <summary>
    /// Shares per procedure from the schools' summed counts (a mean of schools' shares would weigh a school of 10 like
    /// one of 300); the <paramref name="max"/> procedures with most marks, in the order they come.
    /// </summary>
    public static List<MarksBar> Series(IEnumerable<SchoolMarks> rows, int max = MaxProcedures)
    {
        var bars = rows.GroupBy(r => r.Procedure)
            .Select((g, order) => (Order: order, Procedure: g.Key, Marks: MarkDistribution.FromCounts(g.Aggregate(default(PerMark), (sum, r) => sum + r.Marks.Counts))))
            .Where(s => s.Marks.Shares is not null)
            .ToList();
        return bars.OrderByDescending(s => s.Marks.Counts.Total).ThenBy(s => s.Order).Take(max).OrderBy(s => s.Order)
            .Select(s => new MarksBar(s.Procedure, s.Marks.Counts.Total, s.Marks.Shares!.Value))
            .ToList();
    }
}
