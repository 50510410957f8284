using Edu.Analytics.Charts;
using Edu.Dashboard.Access;
using Edu.Dashboard.Data;
using Edu.Dashboard.Features.Schools;
using Edu.Dashboard.Tables;
using Edu.Reports.Charts;

namespace Edu.Dashboard.Charts;

/// <summary>«/charts/school/{login}.png»: a school's result index and low rate by year against the reader's whole; 403 outside the scope.</summary>
public static class SchoolTrendChartEndpoint
{
    public static string Url(string login) => "/charts/school/" + Uri.EscapeDataString(login) + ".png";

    public static void MapSchoolTrendChart(this IEndpointRouteBuilder app) =>
        app.MapGet("/charts/school/{login}.png", (string login, HttpContext http, TableReader reader, ChartCache charts) =>
        {
            var scope = http.User.Scope();
            var version = reader.Version();
            var profile = reader.Cache.Get(new DataCacheKey("school-profile", login, version, scope),
                c => new Box<SchoolProfile?>(SchoolQueries.Profile(c, scope, login))).Value;
            if (profile is null)
            {
                using var connection = reader.Database.Open();
                return SchoolQueries.Exists(connection, login) ? Results.Forbid() : Results.NotFound();
            }
            return charts.Png(http, $"chart:school:{version}:{scope.Key}:{login}", () =>
            {
                using var connection = reader.Database.Open();
                return DashboardPng.Of(SchoolTrendChart.Draw(SchoolTrend.Query(connection, scope.ReadScope, login), profile.Name));
            });
        });
}
