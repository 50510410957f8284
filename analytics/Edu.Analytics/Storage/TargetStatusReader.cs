using DuckDB.NET.Data;
using Edu.Analytics.Methods;
using Edu.Analytics.Model;
using Edu.Storage;

namespace Edu.Analytics.Storage;

/// <summary>
/// Every target in every scope it applies to, with its status as of a date. Statuses depend on that date, so they are
/// computed on read from the stored indicator values and the loaded targets with <see cref="Attainment"/>. A
/// municipality keeps that scope's statuses only (the region's is «Ленинградская область»); a year keeps the targets
/// whose deadline falls in it.
/// </summary>
public static class TargetStatusReader
{
    private const string ValuesSql = """
        SELECT code, municipality, value_date, numerator, denominator, value, unit
        FROM indicator_values
        WHERE $p0 IS NULL OR municipality = $p0
        ORDER BY code, municipality, value_date
        """;

    private const string TargetsSql = """
        SELECT indicator_code, indicator_name, municipality, deadline, target_value, at_least
        FROM targets
        WHERE ($p0 IS NULL OR year(deadline) = $p0) AND ($p1 IS NULL OR municipality IS NULL OR trim(municipality) = '' OR trim(municipality) = $p1)
        ORDER BY indicator_code, municipality NULLS FIRST, deadline
        """;

    // Scopes the region-wide targets apply to: every municipality with a school or a value.
    private const string MunicipalitiesSql = """
        SELECT municipality FROM schools UNION SELECT municipality FROM indicator_values
        """;

    public static IReadOnlyList<TargetStatus> Read(DuckDBConnection connection, int? deadlineYear, string? municipality, DateOnly asOf, AnalyticsOptions options)
    {
        var values = Values(connection, municipality);
        var targets = Targets(connection, deadlineYear, municipality);
        IReadOnlyCollection<string> municipalities = municipality is { } only ? [only] : EveryMunicipality(connection);

        return Attainment.Compute(targets, values, municipalities, asOf, options)
            .Where(s => municipality is null || s.Municipality == municipality)
            .ToList();
    }

    /// <summary>The targets whose deadline falls in the year (any year when null) that apply to the municipality (every one when null).</summary>
    public static List<Target> Targets(DuckDBConnection connection, int? deadlineYear, string? municipality) =>
        connection.Rows(TargetsSql, r => new Target(
            r.GetString(0),
            r.GetString(1),
            r.IsDBNull(2) ? null : r.GetString(2),
            DateOnly.FromDateTime(r.GetDateTime(3)),
            r.GetDouble(4),
            r.GetBoolean(5) ? TargetCondition.AtLeast : TargetCondition.AtMost), deadlineYear, municipality);

    /// <summary>The municipalities a target or decision of every municipality applies to: those with a school or a value.</summary>
    public static List<string> EveryMunicipality(DuckDBConnection connection) =>
        connection.Rows(MunicipalitiesSql, r => r.GetString(0)).Where(m => m != Labels.Region).ToList();

    /// <summary>The stored values of every indicator in one municipality (or the region), or everywhere; by code and date.</summary>
    public static List<IndicatorValue> Values(DuckDBConnection connection, string? municipality) =>
        connection.Rows(ValuesSql, r => new IndicatorValue(
            r.GetString(0), r.GetString(1), DateOnly.FromDateTime(r.GetDateTime(2)), r.NullableDouble(3), r.NullableDouble(4), r.GetDouble(5), r.NullableString(6)),
            municipality);
}
