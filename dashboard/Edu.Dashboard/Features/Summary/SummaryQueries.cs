using DuckDB.NET.Data;
using Edu.Dashboard.Access;
using Edu.Storage;

namespace Edu.Dashboard.Features.Summary;

public sealed record SummaryFigures(long Schools, long Municipalities, long RuralSchools, long Pupils);

/// <summary>Years for which each kind of results is loaded (within the scope).</summary>
public sealed record LoadedYears(string Kind, string Years);

public sealed record RecentLoad(long Id, DateTime At, string File, string Outcome, int Rows, int Errors, string User);

public sealed record LoadCounts(long Total, long Loaded, long Rejected);

/// <summary>Everything the Сводка page shows, read together.</summary>
public sealed record SummaryData(SummaryFigures Figures, IReadOnlyList<LoadedYears> Years, LoadCounts Loads, IReadOnlyList<RecentLoad> Recent);

public static class SummaryQueries
{
    public static SummaryData All(DuckDBConnection connection, UserScope scope, int recent) =>
        new(Figures(connection, scope), Years(connection, scope), Loads(connection, scope), RecentLoads(connection, scope, recent));

    public static SummaryFigures Figures(DuckDBConnection connection, UserScope scope) =>
        connection.Rows("""
            SELECT count(*), count(DISTINCT municipality), count(*) FILTER (WHERE is_rural), coalesce(sum(enrolment), 0)::BIGINT
            FROM schools WHERE $p0 IS NULL OR municipality = $p0
            """, r => new SummaryFigures(r.Long(0), r.Long(1), r.Long(2), r.Long(3)), scope.SqlMunicipality).Single();

    public static List<LoadedYears> Years(DuckDBConnection connection, UserScope scope) =>
        connection.Rows("""
            WITH scoped AS (SELECT login FROM schools WHERE $p0 IS NULL OR municipality = $p0),
            years AS (
                SELECT 'ВПР' AS kind, year FROM vpr_works WHERE login IN (SELECT login FROM scoped)
                UNION SELECT 'ВПР', year FROM vpr_marks WHERE login IN (SELECT login FROM scoped)
                UNION SELECT 'ОГЭ', year FROM oge_results WHERE login IN (SELECT login FROM scoped)
                UNION SELECT 'ЕГЭ', year FROM ege_results WHERE login IN (SELECT login FROM scoped)
                UNION SELECT 'Контекстные данные', year FROM school_context WHERE login IN (SELECT login FROM scoped))
            SELECT kind, string_agg(DISTINCT year::VARCHAR, ', ' ORDER BY year::VARCHAR) FROM years GROUP BY kind ORDER BY kind
            """, r => new LoadedYears(r.GetString(0), r.GetString(1)), scope.SqlMunicipality);

    /// <summary>Load history is region-wide (files span municipalities): empty for a municipal scope.</summary>
    public static LoadCounts Loads(DuckDBConnection connection, UserScope scope) => scope.IsRegion
        ? connection.Rows("""
            SELECT count(*), count(*) FILTER (WHERE outcome = 'загружен'), count(*) FILTER (WHERE outcome = 'отклонён') FROM loads
            """, r => new LoadCounts(r.Long(0), r.Long(1), r.Long(2))).Single()
        : new LoadCounts(0, 0, 0);

    public static List<RecentLoad> RecentLoads(DuckDBConnection connection, UserScope scope, int count) => scope.IsRegion
        ? connection.Rows("""
            SELECT load_id, loaded_at, file_name, outcome, row_count, error_count, user_name FROM loads ORDER BY load_id DESC LIMIT $p0
            """, r => new RecentLoad(r.Long(0), r.GetDateTime(1), r.GetString(2), r.GetString(3), r.GetInt32(4), r.GetInt32(5), r.GetString(6)), count)
        : [];
}
