using DuckDB.NET.Data;
using Edu.Analytics.Model;
using Edu.Reference;
using Edu.Storage;

namespace Edu.Analytics.Storage;

/// <summary>
/// The loaded self-diagnostics as the methods' records (SPEC §12), for the recompute (SD_BASIC) and for the read models,
/// which compute the standings and deficits as of their own date. <c>$p0</c> bounds the round dates and <c>$p1</c> keeps
/// one municipality's schools (NULL = no bound), so a municipal scope is applied in the query.
/// </summary>
public static class SelfDiagnosticsReader
{
    private const string RoundsSql = """
        SELECT login, round_date, level, total_points
        FROM self_diagnostics
        WHERE ($p0 IS NULL OR round_date <= $p0) AND ($p1 IS NULL OR login IN (SELECT login FROM schools WHERE municipality = $p1))
        ORDER BY login, round_date
        """;

    private const string CriteriaSql = """
        SELECT login, round_date, direction, criterion_no, criterion, points
        FROM self_diagnostics_criteria
        WHERE ($p0 IS NULL OR round_date <= $p0) AND ($p1 IS NULL OR login IN (SELECT login FROM schools WHERE municipality = $p1))
        """;

    private const string DirectionsSql = """
        SELECT login, round_date, direction, points
        FROM self_diagnostics_directions
        WHERE ($p0 IS NULL OR round_date <= $p0) AND ($p1 IS NULL OR login IN (SELECT login FROM schools WHERE municipality = $p1))
        """;

    private const string RosterSql = "SELECT DISTINCT year, login FROM project_rosters WHERE project_key = $p0";

    public static List<SdRound> Rounds(DuckDBConnection connection, DateOnly? asOf = null, string? municipality = null) =>
        connection.Rows(RoundsSql, r => new SdRound(
            r.GetString(0), DateOnly.FromDateTime(r.GetDateTime(1)), SelfDiagnosticsLevels.Labels.Parse(r.GetString(2)), r.GetDouble(3)),
            asOf, municipality);

    public static List<SdCriterionScore> Criteria(DuckDBConnection connection, DateOnly? asOf = null, string? municipality = null) =>
        connection.Rows(CriteriaSql, r => new SdCriterionScore(
            r.GetString(0), DateOnly.FromDateTime(r.GetDateTime(1)), r.GetString(2), r.GetString(3), r.GetString(4), r.GetDouble(5)),
            asOf, municipality);

    public static List<(string Login, DateOnly Date, string Direction, double Points)> Directions(DuckDBConnection connection, DateOnly? asOf = null, string? municipality = null) =>
        connection.Rows(DirectionsSql, r => (r.GetString(0), DateOnly.FromDateTime(r.GetDateTime(1)), r.GetString(2), r.GetDouble(3)), asOf, municipality);

    /// <summary>The (year, login) pairs of a project's roster, the project named in any spelling (SPEC §11).</summary>
    public static HashSet<(int Year, string Login)> Roster(DuckDBConnection connection, string project) =>
        [.. connection.Rows(RosterSql, r => (r.GetInt32(0), r.GetString(1)), ProjectNames.Key(project))];
}
