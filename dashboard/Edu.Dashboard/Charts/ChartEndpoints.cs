using Edu.Dashboard.Access;
using Edu.Dashboard.Data;
using Microsoft.Extensions.Caching.Memory;

namespace Edu.Dashboard.Charts;

/// <summary>Charts as PNG from authorized endpoints, cached per data version (max load id) and scope.</summary>
public static class ChartEndpoints
{
    public const string SchoolsByMunicipality = "/charts/schools-by-municipality.png";

    public static IServiceCollection AddDashboardCharts(this IServiceCollection services) => services;

    public static void MapCharts(this IEndpointRouteBuilder app) =>
        app.MapGet(SchoolsByMunicipality, (HttpContext http, DashboardDatabase database, IMemoryCache cache) =>
        {
            var scope = http.User.Scope();
            using var connection = database.Open();
            var key = $"chart:schools:{DashboardDatabase.DataVersion(connection)}:{scope.Key}";
            var png = cache.GetOrCreate(key, entry =>
            {
                entry.SlidingExpiration = TimeSpan.FromHours(1);
                return SchoolsChart.Render(SchoolsChart.Data(connection, scope));
            })!;
            // Private: a municipal user's chart must not be served to anyone else by a shared cache.
            http.Response.Headers.CacheControl = "private, max-age=60";
            return Results.File(png, "image/png");
        });
}
