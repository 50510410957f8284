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
public sealed class IndicatorsExport(DateOnly asOf, AnalyticsOptions options) : Export<IndicatorRow>
{
    public const string TableName = "indicators";

    public override string Name => TableName;

    public override string Title => "Показатели";

    public override ColumnMap<IndicatorRow> Columns => Map;

    private static ColumnMap<IndicatorRow> Map { get; } = new ColumnMap<IndicatorRow>()
        .Text("code", "Код показателя", r => r.Code)
        .Text("name", "Показатель", r => r.Name)
        .Text("municipality", "Муниципалитет", r => r.Municipality, r => r.Municipality == Labels.Region ? null : EntityRef.Municipality(r.Municipality))
        .Date("deadline", "Срок", r => r.Deadline)
        .Label("condition", "Условие", Labels.Conditions, r => r.Condition)
        .Number("target", "Целевое значение", r => r.TargetValue, "0.0##")
        .Number("value", "Значение", r => r.Value, "0.0##")
        .Date("value_date", "Дата значения", r => r.ValueDate)
        .Number("projection", "Прогноз на срок", r => r.Projection, "0.0##")
        .Label("status", "Статус", Labels.AttainmentStatuses, r => r.Status)
        .Date("as_of", "Статус на дату", r => r.AsOf);

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

    public override IReadOnlyList<IndicatorRow> Rows(DuckDBConnection connection, ExportFilter filter)
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

        return Attainment.Compute(targets, values, municipalities, asOf, options)
            .Where(s => filter.Municipality is null || s.Municipality == filter.Municipality)
            .Select(s => new IndicatorRow(
                s.Target.IndicatorCode, s.Target.IndicatorName, s.Municipality, s.Target.Deadline, s.Target.Condition,
                s.Target.TargetValue, s.Value, s.ValueDate, s.Projection, s.Status, asOf))
            .ToList();
    }
}
