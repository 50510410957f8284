using System.Globalization;
using Edu.Analytics.Charts;
using Edu.Dashboard.Access;
using Edu.Dashboard.Tables;
using Edu.Reference;
using Edu.Reports.Charts;

namespace Edu.Dashboard.Charts;

/// <summary>«/charts/resilience.png?year=…&amp;municipality=…&amp;district=…»: the scatter of the ШФНСУ page with the page's filters.</summary>
public static class ResilienceChartEndpoint
{
    public const string Path = "/charts/resilience.png";

    public static string Url(int year, string? municipality, string? district) =>
        Path + "?year=" + year.ToString(CultureInfo.InvariantCulture)
        + (municipality is null ? "" : "&municipality=" + Uri.EscapeDataString(municipality))
        + (district is null ? "" : "&district=" + Uri.EscapeDataString(district));

    public static void MapResilienceChart(this IEndpointRouteBuilder app) =>
        app.MapGet(Path, (int? year, string? municipality, string? district, HttpContext http, TableReader reader, ChartCache charts, RegionClock clock) =>
        {
            var scope = http.User.Scope();
            if (!string.IsNullOrEmpty(municipality) && !scope.Covers(municipality)) return Results.Forbid();
            var version = reader.Version();
            var y = year ?? ChartYears.Resilience(reader.Cache, version, scope) ?? clock.Today.Year;
            var m = string.IsNullOrEmpty(municipality) ? null : municipality;
            var d = string.IsNullOrEmpty(district) ? null : district;
            var key = $"chart:resilience:{version}:{scope.Key}:{y}:{m}:{d}";
            return charts.Png(http, key, () =>
            {
                using var connection = reader.Database.Open();
                return DashboardPng.Of(ContextScatterChart.Draw(ContextScatter.Query(connection, scope.ReadScope, y, m, d)));
            });
        });
}
