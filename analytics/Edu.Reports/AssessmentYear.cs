using DuckDB.NET.Data;
using Edu.Storage;

namespace Edu.Reports;

/// <summary>
/// The assessment year whose lists (ШНОР, ШФНСУ, stably high, objectivity, mentors) a report shows:
/// the latest computed year not after the report date. It is region-wide on purpose, so a municipal
/// report shows the same year as the regional one even where the municipality has no rows.
/// </summary>
public static class AssessmentYear
{
    public static int? Latest(DuckDBConnection connection, DateOnly asOf) =>
        connection.Scalar<int?>("SELECT max(year) FROM result_index WHERE year <= $p0", asOf.Year);
}
