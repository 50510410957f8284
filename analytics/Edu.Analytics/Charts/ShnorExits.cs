using DuckDB.NET.Data;
using Edu.Analytics.Methods;
using Edu.Storage;

namespace Edu.Analytics.Charts;

/// <summary>SHNOR_EXIT of a municipality (or the region) in a year: of the previous year's «ШНОР» schools judged, those that left.</summary>
public sealed record MunicipalityExit(string Municipality, double Left, double Judged)
{
    public double Percent => Left * 100.0 / Judged;
}

/// <summary>«Выход из ШНОР»: SHNOR_EXIT of a year per municipality in the scope, and the region's for a region-wide reader.</summary>
public static class ShnorExits
{
    public static List<MunicipalityExit> Query(DuckDBConnection connection, ReadScope scope, int year, AnalyticsOptions options) =>
        connection.Rows("""
            SELECT municipality, numerator, denominator FROM indicator_values
            WHERE code = $p0 AND value_date = $p1 AND ($p2 IS NULL OR municipality = $p2)
            ORDER BY municipality
            """,
            r => new MunicipalityExit(r.GetString(0), r.GetDouble(1), r.GetDouble(2)),
            IndicatorCodes.ShnorExit, options.YearValueDate(year).ToDateTime(TimeOnly.MinValue), scope.Municipality);

    /// <summary>The latest year with ШНОР dynamics: the year the pages show when none is asked for.</summary>
    public static int? LatestYear(DuckDBConnection connection) =>
        connection.Scalar<int?>("SELECT max(year) FROM shnor_dynamics");
}
