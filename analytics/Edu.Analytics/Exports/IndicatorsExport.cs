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

    public static ExportTable Query(DuckDBConnection connection, ExportFilter filter, DateOnly asOf, AnalyticsOptions options)
    {
        var rows = TargetStatusReader.Read(connection, filter.Year, filter.Municipality, asOf, options)
            .Select(s => new object?[]
            {
                s.Target.IndicatorCode, s.Target.IndicatorName, s.Municipality, s.Target.Deadline, Labels.Condition(s.Target.Condition),
                s.Target.TargetValue, s.Value, s.ValueDate, s.Projection, s.StatusLabel, asOf,
            })
            .ToList();
        return new ExportTable(Name, "Показатели", Columns, rows);
    }
}
