using Edu.Analytics.Charts;
using Edu.Dashboard.Access;
using Edu.Dashboard.Data;
using Edu.Reports.Charts;

namespace Edu.Dashboard.Charts;

/// <summary>Charts as PNG from authorized endpoints, cached per data version and scope.</summary>
public static class ChartEndpoints
{
    public const string SchoolsPath = "/charts/schools-by-municipality.png";

    public static IServiceCollection AddDashboardCharts(this IServiceCollection services) => services.AddSingleton<ChartCache>().AddHostedService<ChartWarmUp>();

    public static void MapCharts(this IEndpointRouteBuilder app) =>
        app.MapGet(SchoolsPath, (HttpContext http, DashboardDatabase database, DataVersions versions, ChartCache charts) =>
        {
            var scope = http.User.Scope();
            return charts.Png(http, $"chart:schools:{versions.Current()}:{scope.Key}", () =>
            {
                using var connection = database.Open();
                return DashboardPng.Of(SchoolsChart.Draw(SchoolsByMunicipality.Query(connection, scope.ReadScope)));
            });
        });
}
