using System.Globalization;
using DuckDB.NET.Data;
using Edu.Analytics;
using Edu.Analytics.Exports;
using Edu.Dashboard.Features.Analytics;
using Edu.Dashboard.Tables;
using Edu.Spreadsheets;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Features.Indicators;

/// <summary>
/// «./edu export indicators --as-of DATE». Statuses depend on the as-of date, which comes from the request
/// («asof», ГГГГ-ММ-ДД; today by default) because the export endpoint only hands the table a scope. For a
/// municipal user the export's municipality filter leaves out the region's row.
/// </summary>
public sealed class IndicatorsTable(IHttpContextAccessor http, TimeProvider time, IOptions<AnalyticsOptions> options) : AnalyticsTable
{
    public const string AsOfKey = "asof";

    public override string Name => IndicatorsExport.Name;

    public override string Title => "Показатели";

    // The as-of column holds the same date on every row, so as a filter it keeps every row and travels with the export link.
    public override IReadOnlyList<TableFilter> Filters { get; } =
    [
        new(AsOfKey, "Статус на дату", "Статус на дату", IsoDate), TableFilter.Year("Срок"), TableFilter.Municipality,
    ];

    public override IReadOnlyList<string> MessageTopics { get; } = ["показател", "охват", "целев"];

    public DateOnly AsOf => ParseAsOf(http.HttpContext?.Request.Query[AsOfKey].ToString()) ?? DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public override string CacheVariant => AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected override ExportTable Query(DuckDBConnection connection, ExportFilter filter) =>
        IndicatorsExport.Query(connection, filter, AsOf, options.Value);

    public static DateOnly? ParseAsOf(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static string? IsoDate(object? value) => value switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => null,
    };
}
