using DuckDB.NET.Data;
using Edu.Analytics.Charts;
using Edu.Analytics.Exports;
using Edu.Storage;

namespace Edu.Analytics.Cards;

/// <summary>
/// Everything the analytics hold about one school, per assessment year, latest first: the «Школа» page's statuses with
/// their grounds. The lists are read through the exports' own queries narrowed to the school, so the card and every
/// export agree; a school outside the reader's scope has no card.
/// </summary>
public sealed record SchoolCard(string Login, IReadOnlyList<SchoolYear> Years)
{
    public static SchoolCard Read(DuckDBConnection connection, ReadScope scope, string login, ProjectOptions projects)
    {
        var filter = new ExportFilter(null, scope.Municipality, login);
        var shnor = new ShnorExport().Rows(connection, filter);
        var context = new ContextExport().Rows(connection, filter);
        var resilience = new ResilientExport().Rows(connection, filter);
        var stableHigh = new StableHighExport(projects).Rows(connection, filter);
        var objectivity = new ObjectivityExport().Rows(connection, filter);
        var mentors = new MentorsExport().Rows(connection, filter);
        var mentees = MenteesOf(connection, scope, login);
        var shares = ProcedureShares(connection, scope, login);
        var ranks = Ranks(connection, scope, login);

        var years = new IEnumerable<int>[]
        {
            shnor.Select(r => r.Year), context.Select(r => r.Year), resilience.Select(r => r.Year), stableHigh.Select(r => r.Year),
            objectivity.Select(r => r.Year), mentors.Select(r => r.Year), mentees.Select(r => r.Year), shares.Select(r => r.Year), ranks.Select(r => r.Year),
        }.SelectMany(y => y).Distinct().OrderDescending();
        return new SchoolCard(login, [.. years.Select(y => new SchoolYear(
            y,
            shnor.SingleOrDefault(r => r.Year == y),
            [.. shares.Where(s => s.Year == y || s.Year == y - 1)],
            context.SingleOrDefault(r => r.Year == y),
            ranks.SingleOrDefault(r => r.Year == y),
            resilience.SingleOrDefault(r => r.Year == y),
            stableHigh.SingleOrDefault(r => r.Year == y),
            [.. objectivity.Where(r => r.Year == y)],
            mentors.SingleOrDefault(r => r.Year == y),
            [.. mentees.Where(r => r.Year == y)]))]);
    }

    // The school as a mentor: the mentees may be of any municipality, and the school's own reader sees them (SPEC §4
    // pairs across a district); the school itself must be in the reader's scope.
    private static List<MentorRow> MenteesOf(DuckDBConnection connection, ReadScope scope, string login) =>
        connection.Rows($"""
            {MentorsExport.Select} WHERE mentor_login = $p0 AND ($p1 IS NULL OR mentor_municipality = $p1)
            ORDER BY year DESC, login
            """,
            MentorsExport.Map, login, scope.Municipality);

    private static List<ProcedureShare> ProcedureShares(DuckDBConnection connection, ReadScope scope, string login) =>
        connection.Rows("""
            SELECT year, procedure_label, participants, low_share_pct
            FROM procedure_results
            WHERE login = $p0 AND ($p1 IS NULL OR municipality = $p1) AND is_counted AND low_share_pct IS NOT NULL
            ORDER BY year DESC, kind, subject, grade
            """,
            r => new ProcedureShare(r.GetInt32(0), r.GetString(1), r.GetInt32(2), r.GetDouble(3)),
            login, scope.Municipality);

    // The place among every school of the region with a result index that year: a region-wide order, but it names no
    // other school.
    private static List<ResultRank> Ranks(DuckDBConnection connection, ReadScope scope, string login) =>
        connection.Rows("""
            SELECT year, result_index, place, schools, procedures FROM (
                SELECT year, login, municipality, result_index, procedures,
                       rank() OVER (PARTITION BY year ORDER BY result_index DESC) AS place,
                       count(*) OVER (PARTITION BY year) AS schools
                FROM result_index)
            WHERE login = $p0 AND ($p1 IS NULL OR municipality = $p1)
            """,
            r => new ResultRank(r.GetInt32(0), r.GetDouble(1), (int)r.Long(2), (int)r.Long(3), r.GetInt32(4)),
            login, scope.Municipality);
}
