using DuckDB.NET.Data;
using Edu.Analytics.Methods;
using Edu.Analytics.Model;
using Edu.Storage;

namespace Edu.Analytics.Charts;

/// <summary>
/// «ШФНСУ и резильентные»: the schools of a year with both a context index and a result index, and the least-squares
/// line of result index on context index over exactly those schools (none with fewer than two distinct context values).
/// </summary>
public sealed record ContextScatter(int? Year, IReadOnlyList<ScatterSchool> Schools, LinearFit? Line)
{
    /// <summary>No year computed yet: nothing to show.</summary>
    public static ContextScatter None { get; } = new(null, [], null);

    public static ContextScatter Of(int year, IReadOnlyList<ScatterSchool> schools) => new(year, schools, Fit(schools));

    /// <summary>Result index on context index by the analytics' own least squares (<see cref="LeastSquares"/>).</summary>
    public static LinearFit? Fit(IReadOnlyList<ScatterSchool> schools)
    {
        var x = schools.Select(s => s.ContextIndex).ToArray();
        if (SampleStats.Of(x).Sd is not > 0)
        {
            return null;
        }

        return LeastSquares.Fit(x.Select(v => new[] { v }).ToList(), schools.Select(s => s.ResultIndex).ToList());
    }

    /// <summary>The schools of the year in the scope, narrowed to a municipality or a district where given.</summary>
    public static ContextScatter Query(DuckDBConnection connection, ReadScope scope, int year, string? municipality = null, string? district = null) =>
        Of(year, connection.Rows("""
            SELECT c.login, c.context_index, c.result_index, c.is_disadvantaged,
                   coalesce(r.resilient_by_quartile OR r.resilient_by_value_added, false), s.status
            FROM context_index c
            LEFT JOIN resilience r ON r.year = c.year AND r.login = c.login
            LEFT JOIN shnor s ON s.year = c.year AND s.login = c.login
            WHERE c.year = $p0 AND ($p1 IS NULL OR c.municipality = $p1) AND ($p2 IS NULL OR c.municipality = $p2)
              AND ($p3 IS NULL OR c.district = $p3) AND c.context_index IS NOT NULL AND c.result_index IS NOT NULL
            ORDER BY c.login
            """,
            r => new ScatterSchool(r.GetString(0), r.GetDouble(1), r.GetDouble(2), r.GetBoolean(3), r.GetBoolean(4),
                r.NullableString(5) is { } status ? Labels.ShnorStatuses.Parse(status) : null),
            year, scope.Municipality, municipality, district));

    /// <summary>The latest year with context indexes in the scope: the year the page and its chart show by default.</summary>
    public static int? LatestYear(DuckDBConnection connection, ReadScope scope) =>
        connection.Rows("SELECT max(year) FROM context_index WHERE $p0 IS NULL OR municipality = $p0",
            r => r.NullableInt(0), scope.Municipality).Single();
}
