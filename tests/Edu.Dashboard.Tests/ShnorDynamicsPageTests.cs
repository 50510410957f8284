using System.Net;
using Edu.Analytics.Charts;
using Edu.Analytics.Exports;
using Edu.Analytics.Model;
using Edu.Dashboard.Access;
using Edu.Dashboard.Tests.Support;

namespace Edu.Dashboard.Tests;

/// <summary>
/// «Динамика» of the ШНОР page over the samples (2023–2025, so 2025 is the year whose previous year can hold «ШНОР»):
/// SHNOR_EXIT per municipality, the transitions, and the municipality card's own section.
/// </summary>
[Collection(SampleRegionCollection.Name)]
public sealed class ShnorDynamicsPageTests(SampleRegion region)
{
    [Fact]
    public async Task The_shnor_page_shows_the_dynamics_of_the_latest_year_with_the_exit_chart_and_the_transitions()
    {
        var html = await (await region.App.SignedIn("analyst")).GetStringAsync("/shnor");
        var section = html[html.IndexOf("<section class=\"dynamics\">", StringComparison.Ordinal)..];

        section.Should().Contain("/charts/shnor-exit.png?year=2025").And.Contain("вышла из ШНОР").And.Contain("вошла в ШНОР");
        section.Should().Contain("/shnor/dynamics", "its table's filters, sort and pages lead to the full page");
        using var connection = region.App.Database.Open();
        var rows = new ShnorDynamicsExport().Rows(connection, new ExportFilter(2025));
        section.Should().Contain($"Найдено: {rows.Count}");
        var left = rows.Count(r => r.Change == ShnorChange.Left);
        section.Should().Contain($"вышла из ШНОР: <span class=\"figure\">{left}</span>");
    }

    [Fact]
    public void Shnor_exit_of_the_region_is_the_sum_of_the_municipalities_and_a_municipal_reader_gets_its_own_only()
    {
        using var connection = region.App.Database.Open();
        var exits = ShnorExits.Query(connection, ReadScope.Region, 2025, region.Options);
        var municipal = exits.Where(e => e.Municipality != Labels.Region).ToList();
        municipal.Should().NotBeEmpty();
        var total = exits.Single(e => e.Municipality == Labels.Region);
        (total.Left, total.Judged).Should().Be((municipal.Sum(e => e.Left), municipal.Sum(e => e.Judged)));

        var gatchina = UserScope.Of("Гатчинский район").ReadScope;
        ShnorExits.Query(connection, gatchina, 2025, region.Options).Select(e => e.Municipality).Should().Equal("Гатчинский район");
    }

    [Fact]
    public async Task The_municipality_card_says_how_many_of_last_years_shnor_schools_left_and_lists_its_transitions()
    {
        MunicipalityExit exit;
        using (var connection = region.App.Database.Open())
        {
            exit = ShnorExits.Query(connection, ReadScope.Region, 2025, region.Options).First(e => e.Municipality != Labels.Region && e.Left > 0);
        }

        var html = await (await region.App.SignedIn("analyst")).GetStringAsync("/municipality/" + Uri.EscapeDataString(exit.Municipality));
        var section = html[html.IndexOf("id=\"shnor-dynamics\"", StringComparison.Ordinal)..];
        section.Should().Contain($"вышли из ШНОР <strong>{exit.Left:0} из {exit.Judged:0}</strong>").And.Contain("вышла из ШНОР");
    }

    [Theory]
    [InlineData("analyst")]
    [InlineData("luga")]
    public async Task The_exit_chart_is_a_png(string user)
    {
        var response = await (await region.App.SignedIn(user)).GetAsync("/charts/shnor-exit.png");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
        (await response.Content.ReadAsByteArrayAsync()).Length.Should().BeGreaterThan(5_000);
    }
}
