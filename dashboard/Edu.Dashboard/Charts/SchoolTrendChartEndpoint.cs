using Edu.Analytics.Charts;
using Edu.Dashboard.Access;
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
            var (profile, refusal) = SchoolQueries.Visible(reader, version, scope, login);
            if (profile is null) return refusal!;
            return charts.Png(http, $"chart:school:{version}:{scope.Key}:{login}", () =>
            {
                using var connection = reader.Database.Open();
                return DashboardPng.Of(SchoolTrendChart.Draw(SchoolTrend.Query(connection, scope.ReadScope, login), profile.Name));
            });
        });
}
