using DuckDB.NET.Data;
using Edu.Analytics.Model;
using Edu.Analytics.Storage;
using Edu.Spreadsheets;

namespace Edu.Analytics.Exports;

/// <summary>
/// «indicators»: every target in every scope it applies to, with its status as of a date (SPEC §5), as
/// <see cref="TargetStatusReader"/> computes them. A municipality filter keeps that municipality's rows only
/// (not the region's). The year filter keeps targets whose deadline falls in it.
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

    public override IReadOnlyList<IndicatorRow> Rows(DuckDBConnection connection, ExportFilter filter) =>
        TargetStatusReader.Read(connection, filter.Year, filter.Municipality, asOf, options)
            .Select(s => new IndicatorRow(
                s.Target.IndicatorCode, s.Target.IndicatorName, s.Municipality, s.Target.Deadline, s.Target.Condition,
                s.Target.TargetValue, s.Value, s.ValueDate, s.Projection, s.Status, asOf))
            .ToList();
}
