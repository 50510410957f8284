using System.Globalization;
using Edu.Analytics;
using Edu.Analytics.Exports;
using Edu.Dashboard.Features.Analytics;
using Edu.Dashboard.Tables;
using Edu.Reference;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Features.Indicators;

/// <summary>
/// «./edu export indicators --as-of DATE». Statuses depend on the as-of date, which comes from the request
/// («asof», ГГГГ-ММ-ДД; today by default) because the export endpoint only hands the table a scope. For a
/// municipal user the export's municipality filter leaves out the region's row.
/// </summary>
public sealed class IndicatorsTable(IHttpContextAccessor http, RegionClock clock, IOptions<AnalyticsOptions> options) : AnalyticsTable<IndicatorRow>
{
    public const string AsOfKey = "asof";

    protected override Export<IndicatorRow> ReadModel => new IndicatorsExport(AsOf, options.Value);

    // The as-of date is the same on every row, so as a filter it keeps every row and travels with the export link.
    public override IReadOnlyList<TableFilter<IndicatorRow>> Filters { get; } =
    [
        new(AsOfKey, "Статус на дату", r => IsoDate(r.AsOf)),
        TableFilters.Year<IndicatorRow>(r => r.Deadline.Year),
        TableFilters.Municipality<IndicatorRow>(r => r.Municipality),
    ];

    public override IReadOnlyList<string> MessageTopics { get; } = ["показател", "охват", "целев"];

    public DateOnly AsOf => RequestedAsOf(http, clock);

    public override string CacheVariant => IsoDate(AsOf);

    public override DateOnly DataDate(RegionClock clock) => AsOf;

    /// <summary>The request's «asof», else the region's today: the date every as-of table of a page reads.</summary>
    public static DateOnly RequestedAsOf(IHttpContextAccessor http, RegionClock clock) =>
        ParseAsOf(http.HttpContext?.Request.Query[AsOfKey].ToString()) ?? clock.Today;

    public static DateOnly? ParseAsOf(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
