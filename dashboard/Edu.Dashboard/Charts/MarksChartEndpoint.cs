using System.Globalization;
using Edu.Analytics.Charts;
using Edu.Dashboard.Access;
using Edu.Dashboard.Tables;
using Edu.Reference;
using Edu.Reports.Charts;

namespace Edu.Dashboard.Charts;

/// <summary>
/// «/charts/marks.png?year=…&amp;municipality=…&amp;login=…»: the distribution of marks of the region, a municipality or a
/// school. Without a place it is the user's scope; a place outside the scope is 403, and the query filters by scope anyway.
/// </summary>
public static class MarksChartEndpoint
{
    public const string Path = "/charts/marks.png";

    public static string Url(int year, string? municipality, string? login) =>
        Path + "?year=" + year.ToString(CultureInfo.InvariantCulture)
        + (municipality is null ? "" : "&municipality=" + Uri.EscapeDataString(municipality))
        + (login is null ? "" : "&login=" + Uri.EscapeDataString(login));

    public static void MapMarksChart(this IEndpointRouteBuilder app) =>
        app.MapGet(Path, (int? year, string? municipality, string? login, HttpContext http, TableReader reader, MunicipalityDirectory municipalities,
            ChartCache charts, RegionClock clock) =>
        {
            var scope = http.User.Scope();
            var version = reader.Version();
            var (access, place) = ChartPlace.Resolve(reader, municipalities, scope, version, municipality, login);
            if (ChartPlace.Refusal(access) is { } refusal) return refusal;
            var (m, school) = (place.Municipality, place.Login);
            var y = year ?? ChartYears.Marks(reader.Cache, version, scope, m, school) ?? clock.Today.Year;
            var key = $"chart:marks:{version}:{scope.Key}:{y}:{m}:{school}";
            return charts.Png(http, key, () =>
            {
                using var connection = reader.Database.Open();
                return DashboardPng.Of(MarksChart.Draw(MarksDistribution.Query(connection, scope.ReadScope, y, m, school), y, place.Name));
            });
        });
}
