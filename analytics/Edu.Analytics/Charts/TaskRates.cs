using DuckDB.NET.Data;
using Edu.Analytics.Model;
using Edu.Storage;

namespace Edu.Analytics.Charts;

/// <summary>One task of the «Выполнение заданий» chart: its number, the place's solve rate and the region's, in %.</summary>
public sealed record TaskBar(string Task, double Rate, double RegionRate);

/// <summary>
/// «Выполнение заданий»: a ВПР procedure-year's tasks in one place — a school, a municipality or the region — beside
/// the region's rates. The region's rates are everybody's yardstick (SPEC §13 puts them on every exported row); a
/// school or municipality outside the reader's scope gives no bars.
/// </summary>
public sealed record TaskRates(int Year, string Procedure, string Place, IReadOnlyList<TaskBar> Tasks)
{
    private const string Sql = """
        SELECT task_label, rate, region_rate, coalesce(school_name, municipality, $p5)
        FROM task_results
        WHERE year = $p0 AND procedure_label = $p1
          AND CASE WHEN $p3 IS NOT NULL THEN login = $p3
                   WHEN $p2 IS NOT NULL THEN login IS NULL AND municipality = $p2
                   ELSE login IS NULL AND municipality IS NULL END
          AND ((login IS NULL AND municipality IS NULL) OR $p4 IS NULL OR municipality = $p4)
        ORDER BY task_no
        """;

    public bool IsEmpty => Tasks.Count == 0;

    /// <summary>The school <paramref name="login"/>, else the municipality, else the region.</summary>
    public static TaskRates Query(DuckDBConnection connection, ReadScope scope, int year, string procedure, string? municipality, string? login)
    {
        var rows = connection.Rows(Sql, r => (Bar: new TaskBar(r.GetString(0), r.GetDouble(1), r.GetDouble(2)), Place: r.GetString(3)),
            year, procedure, municipality, login, scope.Municipality, Labels.Region);
        var place = rows.Count > 0 ? rows[0].Place : login ?? municipality ?? Labels.Region;
        return new TaskRates(year, procedure, place, rows.Select(r => r.Bar).ToList());
    }
}
