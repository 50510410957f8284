using System.Globalization;
using Edu.Analytics;
using Edu.Analytics.Charts;
using Edu.Dashboard.Access;
using Edu.Dashboard.Tables;
using Edu.Reference;
using Edu.Reports.Charts;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Charts;

/// <summary>
/// «/charts/tasks.png?year=…&amp;procedure=…&amp;municipality=…&amp;login=…»: a ВПР procedure-year's tasks in a school or a
/// municipality (the user's own by default) against the region, with the mastery line. A place outside the scope is
/// 403, and the query filters by scope anyway.
/// </summary>
public static class TaskChartEndpoint
{
    public const string Path = "/charts/tasks.png";

    public static string Url(int year, string procedure, string? municipality, string? login) =>
        Path + "?year=" + year.ToString(CultureInfo.InvariantCulture) + "&procedure=" + Uri.EscapeDataString(procedure)
        + (municipality is null ? "" : "&municipality=" + Uri.EscapeDataString(municipality))
        + (login is null ? "" : "&login=" + Uri.EscapeDataString(login));

    public static void MapTaskChart(this IEndpointRouteBuilder app) =>
        app.MapGet(Path, (int? year, string? procedure, string? municipality, string? login, HttpContext http, TableReader reader,
            MunicipalityDirectory municipalities, ChartCache charts, IOptions<AnalyticsOptions> options) =>
        {
            var scope = http.User.Scope();
            var version = reader.Version();
            var (access, place) = ChartPlace.Resolve(reader, municipalities, scope, version, municipality ?? scope.Municipality, login);
            if (ChartPlace.Refusal(access) is { } refusal) return refusal;
            if (year is not { } y || string.IsNullOrEmpty(procedure)) return Results.NotFound();
            var key = $"chart:tasks:{version}:{scope.Key}:{y}:{procedure}:{place.Municipality}:{place.Login}";
            return charts.Png(http, key, () =>
            {
                using var connection = reader.Database.Open();
                var rates = TaskRates.Query(connection, scope.ReadScope, y, procedure, place.Municipality, place.Login);
                return DashboardPng.Of(TaskRatesChart.Draw(rates, options.Value.TaskMasteryRate));
            });
        });
}
