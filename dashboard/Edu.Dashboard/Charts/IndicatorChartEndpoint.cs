using Edu.Analytics;
using Edu.Analytics.Charts;
using Edu.Analytics.Model;
using Edu.Dashboard.Access;
using Edu.Dashboard.Data;
using Edu.Dashboard.Features.Indicators;
using Edu.Dashboard.Tables;
using Edu.Reports.Charts;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Charts;

/// <summary>«/charts/indicators/{code}.png?municipality=…&amp;asof=…»: the trend chart of one indicator in one scope.</summary>
public static class IndicatorChartEndpoint
{
    public static string Url(string code, string municipality, string? asOf) =>
        $"/charts/indicators/{Uri.EscapeDataString(code)}.png?municipality={Uri.EscapeDataString(municipality)}"
        + (asOf is null ? "" : "&" + IndicatorsTable.AsOfKey + "=" + Uri.EscapeDataString(asOf));

    public static void MapIndicatorChart(this IEndpointRouteBuilder app) =>
        app.MapGet("/charts/indicators/{code}.png", (string code, string? municipality, HttpContext http, TableReader reader,
            ChartCache charts, IOptions<AnalyticsOptions> options) =>
        {
            var scope = http.User.Scope();
            var where = string.IsNullOrEmpty(municipality) ? scope.Municipality ?? Labels.Region : municipality;
            // The region's value is region-wide data: only region users may see it, as any other municipality.
            if (!scope.Covers(where)) return Results.Forbid();
            // The same «as of» as the page's table, so the chart's statuses are the table's.
            var asOf = reader.Get<IndicatorsTable>().AsOf;
            var version = reader.Version();
            // Cached like the page's rows, so a chart already rendered costs no database connection.
            var trend = reader.Cache.Get(new DataCacheKey("indicator-trend", $"{code}|{where}|{asOf:yyyy-MM-dd}", version, scope),
                connection => IndicatorTrend.Query(connection, scope.ReadScope, code, where, asOf, options.Value), t => t.Values.Count + t.Goals.Count);
            if (trend.IsEmpty) return Results.NotFound();
            var key = $"chart:indicator:{version}:{scope.Key}:{code}:{where}:{asOf:yyyy-MM-dd}";
            return charts.Png(http, key, () => DashboardPng.Of(IndicatorTrendChart.Draw(trend)));
        });
}
