using DuckDB.NET.Data;
using Edu.Analytics.Model;
using Edu.Storage;

namespace Edu.Analytics.Charts;

/// <summary>«ШНОР по муниципалитетам»: listed schools of a year per municipality in the scope, by status.</summary>
public static class ShnorCounts
{
    /// <summary>Municipalities with at least one listed school, by name.</summary>
    public static List<MunicipalityShnor> Query(DuckDBConnection connection, ReadScope scope, int year) =>
        connection.Rows("""
            SELECT municipality, status, count(*) FROM shnor
            WHERE year = $p0 AND ($p1 IS NULL OR municipality = $p1)
            GROUP BY municipality, status ORDER BY municipality
            """,
            r => (Municipality: r.GetString(0), Status: Labels.ShnorStatuses.Parse(r.GetString(1)), Schools: (int)r.Long(2)),
            year, scope.Municipality)
        .GroupBy(c => c.Municipality, StringComparer.Ordinal)
        .Select(g => new MunicipalityShnor(
            g.Key,
            g.Where(c => c.Status == ShnorStatus.Shnor).Sum(c => c.Schools),
            g.Where(c => c.Status == ShnorStatus.RiskGroup).Sum(c => c.Schools)))
        .ToList();
}
