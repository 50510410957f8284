using Edu.Analytics;
using Edu.Analytics.Charts;
using Edu.Analytics.Model;
using Edu.Dashboard.Access;
using Edu.Dashboard.Features.Indicators;
using Edu.Dashboard.Tables;
using Edu.Reports.Charts;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Charts;

/// <summary>
/// The self-diagnostics charts (SPEC §12) in the user's scope as of «asof» (today by default):
/// «/charts/sd-levels.png» — levels per municipality; «/charts/sd-directions.png» — deficits by direction in the user's
/// municipality, or the region for a region-wide user.
/// </summary>
public static class SdChartEndpoints
{
    public const string LevelsPath = "/charts/sd-levels.png";
    public const string DirectionsPath = "/charts/sd-directions.png";

    public static string LevelsUrl(DateOnly asOf) => $"{LevelsPath}?{IndicatorsTable.AsOfKey}={IndicatorsTable.IsoDate(asOf)}";

    public static string DirectionsUrl(DateOnly asOf) => $"{DirectionsPath}?{IndicatorsTable.AsOfKey}={IndicatorsTable.IsoDate(asOf)}";

    public static void MapSelfDiagnosticsCharts(this IEndpointRouteBuilder app)
    {
        app.MapGet(LevelsPath, (string? asof, HttpContext http, TableReader reader, ChartCache charts, IOptions<ProjectOptions> projects) =>
        {
            var scope = http.User.Scope();
            var date = IndicatorsTable.ParseAsOf(asof) ?? reader.Clock.Today;
            var version = reader.Version();
            return charts.Png(http, $"chart:sd-levels:{version}:{scope.Key}:{IndicatorsTable.IsoDate(date)}", () =>
            {
                using var connection = reader.Database.Open();
                return DashboardPng.Of(SdLevelsChart.Draw(SdLevelCounts.Query(connection, scope.ReadScope, date, projects.Value), date));
            });
        });
        app.MapGet(DirectionsPath, (string? asof, HttpContext http, TableReader reader, ChartCache charts) =>
        {
            var scope = http.User.Scope();
            var date = IndicatorsTable.ParseAsOf(asof) ?? reader.Clock.Today;
            var version = reader.Version();
            return charts.Png(http, $"chart:sd-directions:{version}:{scope.Key}:{IndicatorsTable.IsoDate(date)}", () =>
            {
                using var connection = reader.Database.Open();
                var (round, directions) = SdDirectionDeficits.Query(connection, scope.ReadScope, date);
                return DashboardPng.Of(SdDirectionsChart.Draw(directions, round, scope.Municipality ?? Labels.Region));
            });
        });
    }
}
