using DuckDB.NET.Data;
using Edu.Analytics.Charts;
using Edu.Analytics.Model;
using Edu.Storage;

namespace Edu.Analytics.Cards;

/// <summary>The stored objectivity level of a municipality or the region in a year: 100 − % of flagged schools among those with individual ВПР data.</summary>
public sealed record ObjectivityLevelRow(int Year, string Scope, int SchoolsWithData, int FlaggedSchools, double Level)
{
    /// <summary>A municipal reader gets its municipality's rows only; the region's row is region-wide data. Latest year first.</summary>
    public static List<ObjectivityLevelRow> Read(DuckDBConnection connection, ReadScope scope, int? year, string? municipality) =>
        connection.Rows("""
            SELECT year, scope, schools_with_data, flagged_schools, level FROM objectivity_levels
            WHERE ($p0 IS NULL OR scope = $p0) AND ($p1 IS NULL OR year = $p1) AND ($p2 IS NULL OR scope = $p2)
            ORDER BY year DESC, scope = $p3 DESC, scope
            """,
            r => new ObjectivityLevelRow(r.GetInt32(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetDouble(4)),
            scope.Municipality, year, municipality, Labels.Region);
}
