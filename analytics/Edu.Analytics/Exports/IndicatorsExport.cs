using DuckDB.NET.Data;
using Edu.Analytics.Methods;
using Edu.Analytics.Model;
using Edu.Storage;
using Edu.Spreadsheets;

namespace Edu.Analytics.Exports;

/// <summary>
/// «indicators»: every target in every scope it applies to, with its status as of a date (SPEC §5).
/// Statuses depend on that date, so they are computed here from the stored indicator values and the
/// loaded targets with <see cref="Attainment"/>, not stored. A municipality filter keeps that
/// municipality's rows only (not the region's). The year filter keeps targets whose deadline falls in it.
/// </summary>
public static class IndicatorsExport
{
    public const string Name = "indicators";

    public static IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("Код показателя", ExportType.Text), new("Показатель", ExportType.Text), new("Муниципалитет", ExportType.Text),
        new("Срок", ExportType.Date), new("Условие", ExportType.Text), new("Целевое значение", ExportType.Number, "0.0##"),
        new("Значение", ExportType.Number, "0.0##"), new("Дата значения", ExportType.Date), new("Прогноз на срок", ExportType.Number, "0.0##"),
        new("Статус", ExportType.Text), new("Статус на дату", ExportType.Date),
    ];

    private const string ValuesSql = """
        SELECT code, municipality, value_date, numerator, denominator
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

    public static ExportTable Query(DuckDBConnection connection, ExportFilter filter, DateOnly asOf, AnalyticsOptions options)
    {
        var values = connection.Rows(ValuesSql, r => new IndicatorValue(
            r.GetString(0), r.GetString(1), DateOnly.FromDateTime(r.GetDateTime(2)), r.GetDouble(3), r.GetDouble(4)), filter.Municipality);
        var targets = connection.Rows(TargetsSql, r => new Target(
            r.GetString(0),
            r.GetString(1),
            r.IsDBNull(2) ? null : r.GetString(2),
            DateOnly.FromDateTime(r.GetDateTime(3)),
            r.GetDouble(4),
            r.GetBoolean(5) ? TargetCondition.AtLeast : TargetCondition.AtMost), filter.Year, filter.Municipality);
        IReadOnlyCollection<string> municipalities = filter.Municipality is { } only
            ? [only]
            : connection.Rows(MunicipalitiesSql, r => r.GetString(0));

        var rows = Attainment.Compute(targets, values, municipalities, asOf, options)
            .Where(s => filter.Municipality is null || s.Municipality == filter.Municipality)
            .Select(s => new object?[]
            {
                s.Target.IndicatorCode, s.Target.IndicatorName, s.Municipality, s.Target.Deadline, Labels.Condition(s.Target.Condition),
                s.Target.TargetValue, s.Value, s.ValueDate, s.Projection, s.StatusLabel, asOf,
            })
            .ToList();
        return new ExportTable(Name, "Показатели", Columns, rows);
    }
}
