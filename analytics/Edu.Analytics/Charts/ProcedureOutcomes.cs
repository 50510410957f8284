using System.Data.Common;
using DuckDB.NET.Data;
using Edu.Analytics.Model;
using Edu.Storage;

namespace Edu.Analytics.Charts;

/// <summary>
/// Results per school-procedure-year with their marks, for a school's table and the distribution of marks. The marks
/// come from the computation's counts or, for ВПР «статистика по отметкам», whose counts it does not keep, from the
/// loaded shares (<see cref="MarkDistribution"/> turns either into both).
/// </summary>
public static class ProcedureOutcomes
{
    // $p0 the reader's scope, $p1 a municipality, $p2 a school, $p3 a year; NULL means no filter.
    // The source is matched as a column of the joined side: a condition on procedure_results alone in the ON clause made
    // DuckDB fall back to a nested-loop join (millions × millions rows at country scale, many minutes); equalities only
    // keep it a hash join.
    private const string From = $"""
        FROM procedure_results p
        LEFT JOIN (SELECT '{nameof(ResultSource.VprMarks)}' AS source, * FROM vpr_marks) v
            ON v.source = p.source AND v.year = p.year AND v.login = p.login AND v.subject = p.subject AND v.grade = p.grade
        WHERE ($p0 IS NULL OR p.municipality = $p0) AND ($p1 IS NULL OR p.municipality = $p1) AND ($p2 IS NULL OR p.login = $p2)
          AND ($p3 IS NULL OR p.year = $p3)
        """;

    // The loader stores all four shares or none; the computation all four counts or none.
    private const string HasMarks = """
        coalesce(p.marks2, v.share2) IS NOT NULL AND coalesce(p.marks3, v.share3) IS NOT NULL
        AND coalesce(p.marks4, v.share4) IS NOT NULL AND coalesce(p.marks5, v.share5) IS NOT NULL
        """;

    private const string Select = """
        SELECT p.year, p.login, p.procedure_label, p.kind, p.participants, p.is_counted, p.mean,
               p.marks2, p.marks3, p.marks4, p.marks5, v.share2, v.share3, v.share4, v.share5
        """;

    private const string Order = "ORDER BY p.year DESC, p.kind, p.subject, p.grade, p.login";

    /// <summary>Every result in the scope, narrowed to a municipality, a school and a year where given.</summary>
    public static List<ProcedureOutcome> Read(DuckDBConnection connection, ReadScope scope, string? municipality = null, string? login = null, int? year = null) =>
        connection.Rows($"{Select} {From} {Order}", Map, scope.Municipality, municipality, login, year);

    /// <summary>The results of the year that have marks (ВПР, ОГЭ), ordered by procedure and school.</summary>
    public static List<ProcedureOutcome> WithMarks(DuckDBConnection connection, ReadScope scope, int year, string? municipality, string? login) =>
        connection.Rows($"{Select} {From} AND {HasMarks} {Order}", Map, scope.Municipality, municipality, login, year);

    /// <summary>The latest year with marks in the scope and place.</summary>
    public static int? LatestYearWithMarks(DuckDBConnection connection, ReadScope scope, string? municipality, string? login) =>
        connection.Rows($"SELECT max(p.year) {From} AND {HasMarks}", r => r.NullableInt(0), scope.Municipality, municipality, login, null).Single();

    private static ProcedureOutcome Map(DbDataReader r) => new(
        r.GetInt32(0),
        r.GetString(1),
        r.GetString(2),
        Labels.ProcedureKinds.Parse(r.GetString(3)),
        r.GetInt32(4),
        r.GetBoolean(5),
        r.NullableDouble(6),
        Marks(r, r.GetInt32(4)));

    private static MarkDistribution? Marks(DbDataReader r, int participants)
    {
        if (Four(r, 7) is { } counts)
        {
            return MarkDistribution.FromCounts(counts);
        }

        return Four(r, 11) is { } shares ? MarkDistribution.FromShares(participants, shares) : null;
    }

    private static PerMark? Four(DbDataReader r, int first) =>
        r.NullableDouble(first) is { } two && r.NullableDouble(first + 1) is { } three && r.NullableDouble(first + 2) is { } four && r.NullableDouble(first + 3) is { } five
            ? new PerMark(two, three, four, five)
            : null;
}
