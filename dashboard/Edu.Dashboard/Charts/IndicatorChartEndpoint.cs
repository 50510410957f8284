using Edu.Analytics.Exports;
using Edu.Analytics.Model;
using Edu.Dashboard.Access;
using Edu.Dashboard.Data;
using Edu.Dashboard.Features.Indicators;
using Edu.Dashboard.Tables;

namespace Edu.Dashboard.Charts;

/// <summary>«/charts/indicators/{code}.png?municipality=…&amp;asof=…»: the trend chart of one indicator in one scope.</summary>
public static class IndicatorChartEndpoint
{
    public static string Url(string code, string municipality, string? asOf) =>
        $"/charts/indicators/{Uri.EscapeDataString(code)}.png?municipality={Uri.EscapeDataString(municipality)}"
        + (asOf is null ? "" : "&" + IndicatorsTable.AsOfKey + "=" + Uri.EscapeDataString(asOf));

    public static void MapIndicatorChart(this IEndpointRouteBuilder app) =>
        app.MapGet("/charts/indicators/{code}.png", (string code, string? municipality, HttpContext http, TableReader reader,
            ChartCache charts) =>
        {
            var scope = http.User.Scope();
            var where = string.IsNullOrEmpty(municipality) ? scope.Municipality ?? Labels.Region : municipality;
            // The region's value is region-wide data: only region users may see it, as any other municipality.
            if (!scope.Covers(where)) return Results.Forbid();
            var table = reader.Get<IndicatorsTable>();
            var version = reader.Version();
            // The page has just read the same rows: the chart takes them from the cache.
            var rows = reader.Rows(table, version, scope).Rows;
            var mine = rows.Where(r => r.Code == code && r.Municipality == where).ToList();
            // Cached like the rows, so a chart already rendered costs no database connection.
            var points = reader.Cache.Get(new DataCacheKey("indicator-points", code + "|" + where, version, scope),
                connection => IndicatorChart.Points(connection, code, where), p => p.Count);
            if (mine.Count == 0 && points.Count == 0) return Results.NotFound();
            var key = $"chart:indicator:{version}:{scope.Key}:{code}:{where}:{table.AsOf:yyyy-MM-dd}";
            return charts.Png(http, key, () => IndicatorChart.Render(Series(mine, code, where, points)));
        });

    private static IndicatorSeries Series(List<IndicatorRow> rows, string code, string municipality, List<IndicatorPoint> points)
    {
        var goals = rows
            .Select(r => new IndicatorGoal(r.Deadline, r.TargetValue, r.Condition == TargetCondition.AtLeast, r.Projection, Labels.Status(r.Status)))
            .ToList();
        var name = rows.Select(r => r.Name).FirstOrDefault() ?? code;
        return new IndicatorSeries(code, name, municipality, points, goals);
    }
}
