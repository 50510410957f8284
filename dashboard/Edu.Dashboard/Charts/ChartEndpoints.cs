using Edu.Dashboard.Access;
using Edu.Dashboard.Data;
using Microsoft.Extensions.Caching.Memory;

namespace Edu.Dashboard.Charts;

/// <summary>Charts as PNG from authorized endpoints, cached per data version and scope.</summary>
public static class ChartEndpoints
{
    public const string SchoolsByMunicipality = "/charts/schools-by-municipality.png";

    public static IServiceCollection AddDashboardCharts(this IServiceCollection services) => services.AddHostedService<ChartWarmUp>();

    public static void MapCharts(this IEndpointRouteBuilder app) =>
        app.MapGet(SchoolsByMunicipality, (HttpContext http, DashboardDatabase database, DataVersions versions, IMemoryCache cache) =>
        {
            var scope = http.User.Scope();
            return ChartCache.Png(http, cache, $"chart:schools:{versions.Current()}:{scope.Key}", () =>
            {
                using var connection = database.Open();
                return SchoolsChart.Render(SchoolsChart.Data(connection, scope));
            });
        });
}
