using DuckDB.NET.Data;
using Edu.Analytics.Model;
using Edu.Dashboard.Access;
using Edu.Storage;

namespace Edu.Dashboard.Features.Objectivity;

/// <summary>Objectivity level of a municipality or the region in a year: 100 − % of flagged schools among those with individual ВПР data.</summary>
public sealed record ObjectivityLevel(int Year, string Scope, int SchoolsWithData, int FlaggedSchools, double Level)
{
    /// <summary>A municipal user gets their municipality's rows only; the region's row is region-wide data.</summary>
    public static List<ObjectivityLevel> Read(DuckDBConnection connection, UserScope scope, int? year, string? municipality) =>
        connection.Rows("""
            SELECT year, scope, schools_with_data, flagged_schools, level FROM objectivity_levels
            WHERE ($p0 IS NULL OR scope = $p0) AND ($p1 IS NULL OR year = $p1) AND ($p2 IS NULL OR scope = $p2)
            ORDER BY year DESC, scope = $p3 DESC, scope
            """,
            r => new ObjectivityLevel(r.GetInt32(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetDouble(4)),
            scope.SqlMunicipality, year, municipality, Labels.Region);
}
