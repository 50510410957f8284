using DuckDB.NET.Data;
using Edu.Storage;

namespace Edu.Analytics.Charts;

/// <summary>«Школы по муниципалитетам»: urban and rural schools of each municipality in the scope.</summary>
public static class SchoolsByMunicipality
{
    /// <summary>In reverse name order: horizontal bars are drawn from the bottom up, so the first name ends on top.</summary>
    public static List<MunicipalitySchools> Query(DuckDBConnection connection, ReadScope scope) =>
        connection.Rows("""
            SELECT municipality, count(*) FILTER (WHERE NOT is_rural), count(*) FILTER (WHERE is_rural)
            FROM schools WHERE $p0 IS NULL OR municipality = $p0
            GROUP BY municipality ORDER BY municipality DESC
            """, r => new MunicipalitySchools(r.GetString(0), (int)r.Long(1), (int)r.Long(2)), scope.Municipality);
}
