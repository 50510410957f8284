using System.Net;
using Edu.Dashboard.Tests.Support;

namespace Edu.Dashboard.Tests;

/// <summary>Finding a school and keeping one's choices: the search, the latest year by default, filters that carry over.</summary>
[Collection(SharedDashboard.Name)]
public sealed class ContextKeepingTests(DashboardFactory app)
{
    [Theory]
    [InlineData("лужская 1")]
    [InlineData("Лужская СОШ № 1")]
    [InlineData("sch470001")]
    [InlineData("410001")]
    public async Task The_search_finds_a_school_by_part_of_its_name_its_login_or_its_code_and_opens_it(string query)
    {
        var client = await app.SignedIn("analyst");
        var response = await client.GetAsync("/search?q=" + Uri.EscapeDataString(query));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, query);
        response.Headers.Location!.ToString().Should().Be("/school/" + SeedFiles.LugaSchool);
    }

    [Fact]
    public async Task Several_matches_are_listed_and_the_scope_holds()
    {
        var analyst = await (await app.SignedIn("analyst")).GetStringAsync("/search?q=" + Uri.EscapeDataString("СОШ"));
        analyst.Should().Contain(SeedFiles.LugaSchool).And.Contain(SeedFiles.LugaRuralSchool).And.Contain("Найдено: 2");
        var luga = await (await app.SignedIn("luga")).GetStringAsync("/search?q=" + Uri.EscapeDataString("гимназия"));
        luga.Should().Contain("не найдено").And.NotContain(SeedFiles.GatchinaSchool);
    }

    [Fact]
    public async Task Every_page_has_the_search_box()
    {
        var html = await (await app.SignedIn("luga")).GetStringAsync("/schools");
        html.Should().Contain("action=\"/search\"").And.Contain("name=\"q\"");
    }

    [Fact]
    public async Task An_analytics_table_shows_the_latest_year_unless_all_are_asked_for()
    {
        var client = await app.SignedIn("analyst");
        var latest = await client.GetStringAsync("/objectivity");
        latest.Should().Contain("<option value=\"2024\" selected=\"selected\">2024</option>").And.Contain("/export/objectivity?year=2024");
        var all = await client.GetStringAsync("/objectivity?year=" + Uri.EscapeDataString("все"));
        all.Should().Contain("value=\"все\" selected=\"selected\">Все</option>");
    }

    [Fact]
    public async Task The_chosen_year_municipality_and_district_carry_to_the_next_page_and_into_the_download()
    {
        var client = await app.SignedIn("analyst");
        var html = await client.GetStringAsync("/shnor?year=2024&municipality=" + Uri.EscapeDataString("Лужский район") + "&district=" + Uri.EscapeDataString("Южный округ"));
        var carried = "year=2024&municipality=" + Uri.EscapeDataString("Лужский район") + "&district=" + Uri.EscapeDataString("Южный округ");
        var links = Html.Links(html, "/");
        links.Should().Contain("/objectivity?" + carried).And.Contain("/schools?" + carried);
        links.Should().Contain("/indicators?municipality=" + Uri.EscapeDataString("Лужский район"), "an indicator's «Год» is a deadline's: only the municipality carries");
        links.Should().Contain(l => l.StartsWith("/export/shnor?", StringComparison.Ordinal) && l.Contains("year=2024", StringComparison.Ordinal)
            && l.Contains("municipality=", StringComparison.Ordinal) && l.Contains("district=", StringComparison.Ordinal));
        var next = await client.GetStringAsync("/objectivity?" + carried);
        next.Should().Contain("<option value=\"2024\" selected=\"selected\">2024</option>").And.Contain("<option value=\"Лужский район\" selected=\"selected\">");
    }
}
