using DuckDB.NET.Data;
using Edu.Analytics.Model;
using Edu.Storage;

namespace Edu.Analytics.Charts;

/// <summary>One year of a school's trend: its result index and low rate, and the same of what it is compared with.</summary>
public sealed record SchoolTrendYear(int Year, double? ResultIndex, double? LowRate, double? ComparedIndex, double? ComparedLowRate);

/// <summary>
/// «Школа по годам»: a school's result index and its low rate (SPEC §13: low results over participants of its counted
/// procedures, in %) year by year, against the whole the reader sees — the region (the median school's index and the
/// region's low rate, Σ/Σ), or for a municipal reader its municipality, since region-wide figures are not theirs.
/// </summary>
public sealed record SchoolTrend(string Login, string Compared, IReadOnlyList<SchoolTrendYear> Years)
{
    public static SchoolTrend Query(DuckDBConnection connection, ReadScope scope, string login)
    {
        var rows = connection.Rows("""
            WITH school AS (SELECT municipality FROM schools WHERE login = $p0 AND ($p1 IS NULL OR municipality = $p1) LIMIT 1),
            counted AS (
                SELECT year, login, municipality, participants * low_share_pct / 100 AS low, participants
                FROM procedure_results WHERE is_counted AND low_share_pct IS NOT NULL AND ($p1 IS NULL OR municipality = $p1)),
            own AS (
                SELECT year, sum(low) / sum(participants) * 100 AS low_rate FROM counted WHERE login = $p0 GROUP BY year),
            whole AS (
                SELECT year, sum(low) / sum(participants) * 100 AS low_rate FROM counted GROUP BY year),
            indexes AS (
                SELECT year, median(result_index) AS median,
                       max(result_index) FILTER (WHERE login = $p0) AS own
                FROM result_index WHERE ($p1 IS NULL OR municipality = $p1) GROUP BY year),
            years AS (SELECT year FROM own UNION SELECT year FROM indexes WHERE own IS NOT NULL)
            SELECT y.year, i.own, o.low_rate, i.median, w.low_rate
            FROM years y
            LEFT JOIN own o USING (year) LEFT JOIN whole w USING (year) LEFT JOIN indexes i USING (year)
            WHERE EXISTS (SELECT 1 FROM school)
            ORDER BY y.year
            """,
            r => new SchoolTrendYear(r.GetInt32(0), r.NullableDouble(1), r.NullableDouble(2), r.NullableDouble(3), r.NullableDouble(4)),
            login, scope.Municipality);
        return new SchoolTrend(login, scope.Municipality ?? Labels.Region, rows);
    }
}
