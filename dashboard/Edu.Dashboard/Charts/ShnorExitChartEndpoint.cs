using System.Globalization;
using Edu.Analytics;
using Edu.Analytics.Charts;
using Edu.Dashboard.Access;
using Edu.Dashboard.Tables;
using Edu.Reports.Charts;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Charts;

/// <summary>
/// «/charts/shnor-exit.png?year=…»: SHNOR_EXIT of a year per municipality in the user's scope (and the region's for a
/// region-wide user); the latest year with ШНОР dynamics by default.
/// </summary>
public static class ShnorExitChartEndpoint
{
    public const string Path = "/charts/shnor-exit.png";

    public static string Url(int year) => Path + "?year=" + year.ToString(CultureInfo.InvariantCulture);

    public static void MapShnorExitChart(this IEndpointRouteBuilder app) =>
        app.MapGet(Path, (int? year, HttpContext http, TableReader reader, ChartCache charts, IOptions<AnalyticsOptions> options) =>
        {
            var scope = http.User.Scope();
            var version = reader.Version();
            var y = year ?? ChartYears.ShnorDynamics(reader.Cache, version, scope);
            return charts.Png(http, $"chart:shnor-exit:{version}:{scope.Key}:{y}", () =>
            {
                using var connection = reader.Database.Open();
                return DashboardPng.Of(ShnorExitChart.Draw(y is { } value ? ShnorExits.Query(connection, scope.ReadScope, value, options.Value) : [], y));
            });
        });
}
