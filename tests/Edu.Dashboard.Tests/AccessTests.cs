using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Edu.Analytics.Charts;
using Edu.Dashboard.Access;
using Edu.Dashboard.Charts;
using Edu.Dashboard.Tables;
using Edu.Dashboard.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Edu.Dashboard.Tests;

/// <summary>
/// SPEC §9 over every route the app has: the routes are read from its endpoint data sources, so a page or
/// endpoint added later without protection fails here without anyone remembering to add a test.
/// </summary>
[Collection(SharedDashboard.Name)]
public sealed partial class AccessTests(DashboardFactory app)
{
    // The only routes open without sign-in; anything else marked anonymous is a mistake.
    private static readonly string[] Anonymous = ["/account/login", "/health", "/error/{code:int}"];

    [Fact]
    public async Task Only_sign_in_health_and_error_pages_allow_anonymous_access()
    {
        await app.Anonymous().GetAsync("/health");
        Routes().Where(r => r.AllowsAnonymous).Select(r => r.Pattern).Distinct().Should().BeEquivalentTo(Anonymous);
    }

    [Fact]
    public async Task Every_other_route_redirects_anonymous_users_to_sign_in()
    {
        var client = app.Anonymous();
        await client.GetAsync("/health");
        var urls = Routes().Where(r => !r.AllowsAnonymous).SelectMany(r => Urls(r.Pattern, OwnMunicipality: false)).Distinct().ToList();
        urls.Should().Contain(u => u.StartsWith("/school/", StringComparison.Ordinal)).And.Contain(u => u.StartsWith("/export/", StringComparison.Ordinal))
            .And.Contain(u => u.StartsWith("/hangfire", StringComparison.Ordinal));
        foreach (var url in urls)
        {
            var response = await client.GetAsync(url);
            response.StatusCode.Should().Be(HttpStatusCode.Redirect, url);
            response.Headers.Location!.ToString().Should().Contain("/account/login", url);
        }
        var post = await client.PostAsync("/loads", new MultipartFormDataContent());
        post.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_municipal_user_gets_403_or_only_own_data_on_every_route()
    {
        var client = await app.SignedIn("luga");
        var urls = Routes().SelectMany(r => Urls(r.Pattern, OwnMunicipality: false)).Distinct().ToList();
        urls.Should().HaveCountGreaterThan(10).And.Contain(MarksChartEndpoint.Path + "?login=" + SeedFiles.GatchinaSchool);
        foreach (var url in urls)
        {
            var response = await client.GetAsync(url);
            var status = response.StatusCode;
            status.Should().BeOneOf([HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.NotFound], url);
            if (status != HttpStatusCode.OK) continue;
            var text = response.Content.Headers.ContentType?.MediaType switch
            {
                "text/html" or "application/json" => await response.Content.ReadAsStringAsync(),
                ExportEndpoint.ContentType => WorkbookText(await response.Content.ReadAsStreamAsync()),
                "image/png" => "",
                var other => throw new InvalidOperationException($"{url}: unexpected content {other}"),
            };
            text.Should().NotContain(SeedFiles.GatchinaSchool, url).And.NotContain(SeedFiles.GatchinaName, url).And.NotContain("Сосновоборск", url);
        }
    }

    [Theory]
    [InlineData("/school/sch470003")]
    [InlineData("/municipality/Гатчинский")]
    [InlineData("/loads")]
    [InlineData("/export/loads")]
    [InlineData("/loads/1/errors")]
    public async Task A_municipal_user_is_refused_another_municipality_and_the_load_history(string url)
    {
        var client = await app.SignedIn("luga");
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Нет доступа");
    }

    [Fact]
    public async Task A_municipal_user_sees_own_schools_and_municipality()
    {
        var client = await app.SignedIn("luga");
        (await client.GetStringAsync("/school/sch470001")).Should().Contain("МОУ «Лужская СОШ № 1»");
        (await client.GetStringAsync("/municipality/Лужский район")).Should().Contain(SeedFiles.LugaRuralSchool);
        (await client.GetStringAsync("/schools")).Should().Contain("Найдено: 2");
    }

    [Fact]
    public void Chart_data_is_scoped_in_the_query()
    {
        using var connection = app.Database.Open();
        SchoolsByMunicipality.Query(connection, UserScope.Of("Лужский район").ReadScope).Select(d => d.Municipality).Should().Equal("Лужский район");
        SchoolsByMunicipality.Query(connection, UserScope.Region.ReadScope).Should().HaveCount(3);
        SchoolsByMunicipality.Query(connection, UserScope.Nothing.ReadScope).Should().BeEmpty();
    }

    [Fact]
    public async Task Post_without_antiforgery_token_is_rejected()
    {
        var client = await app.SignedIn("analyst");
        var content = new MultipartFormDataContent { { new ByteArrayContent(SeedFiles.Csv(100)), "files", "a.csv" } };
        (await client.PostAsync("/loads", content)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var login = await app.Anonymous().PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Login"] = "analyst", ["Password"] = DashboardFactory.Password,
        }));
        login.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await client.PostAsync("/account/logout", new FormUrlEncodedContent([]))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    private sealed record Route(string Pattern, bool AllowsAnonymous);

    private List<Route> Routes() => app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
        .Where(e => e.RoutePattern.RawText is not null)
        .Select(e => new Route("/" + e.RoutePattern.RawText!.TrimStart('/'), e.Metadata.GetMetadata<IAllowAnonymous>() is not null))
        .Where(r => !r.Pattern.EndsWith("/Index", StringComparison.Ordinal))
        .ToList();

    /// <summary>Concrete URLs of a route pattern aimed at another municipality's data, with and without filters.</summary>
    private IEnumerable<string> Urls(string pattern, bool OwnMunicipality)
    {
        var tables = app.Services.GetRequiredService<TableRegistry>().All.Select(t => t.Name).ToList();
        var values = new Dictionary<string, string[]>
        {
            ["login"] = [OwnMunicipality ? SeedFiles.LugaSchool : SeedFiles.GatchinaSchool],
            ["name"] = [OwnMunicipality ? "Лужский район" : "Гатчинский район"],
            ["id"] = ["1"],
            ["code"] = ["404"],
            ["table"] = [.. tables],
            // The catch-all of the Hangfire dashboard («/hangfire/{**path}»).
            ["path"] = ["", "jobs/enqueued"],
        };
        var parameters = Parameter().Matches(pattern).Select(m => m.Groups[1].Value).Distinct().ToList();
        var unknown = parameters.Where(p => !values.ContainsKey(p)).ToList();
        if (unknown.Count > 0) throw new InvalidOperationException($"Route {pattern} has parameters the access tests do not know: {string.Join(", ", unknown)}");
        IEnumerable<string> urls = [pattern];
        foreach (var p in parameters)
            urls = urls.SelectMany(u => values[p].Select(v => Parameter().Replace(u, m => m.Groups[1].Value == p ? Uri.EscapeDataString(v) : m.Value)));
        var filter = "?municipality=" + Uri.EscapeDataString("Гатчинский район") + "&district=" + Uri.EscapeDataString("Южный округ");
        // Charts also take a school: another municipality's school must be refused as well.
        var school = "?login=" + (OwnMunicipality ? SeedFiles.LugaSchool : SeedFiles.GatchinaSchool);
        return urls.SelectMany(u => u.StartsWith("/charts/", StringComparison.Ordinal) ? new[] { u, u + filter, u + school } : [u, u + filter]);
    }

    private static string WorkbookText(Stream stream)
    {
        using var workbook = new XLWorkbook(stream);
        return string.Join("\n", workbook.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()));
    }

    [GeneratedRegex(@"\{\**(\w+)(?::[^}]*)?\}")]
    private static partial Regex Parameter();
}
