using System.Net;
using ClosedXML.Excel;
using Edu.Analytics;
using Edu.Analytics.Exports;
using Edu.Analytics.Model;
using Edu.Dashboard.Tests.Support;
using Edu.Spreadsheets;

namespace Edu.Dashboard.Tests;

/// <summary>
/// «Самодиагностика» over the samples (rounds of 15.11.2023 and 20.05.2024, SPEC §12): the below-basic list, the top
/// criteria, the charts, the cards' sections, and a municipal user's scope.
/// </summary>
[Collection(SampleRegionCollection.Name)]
public sealed class SelfDiagnosticsPageTests(SampleRegion region)
{
    private const string Luga = "Лужский район";
    private static readonly DateOnly AsOf = new(2024, 6, 1);

    private List<SelfDiagnosticsRow> Levels(string? municipality)
    {
        using var connection = region.App.Database.Open();
        return [.. new SelfDiagnosticsExport(AsOf, new ProjectOptions()).Rows(connection, new ExportFilter(Municipality: municipality))];
    }

    private List<SdDeficitRow> Deficits(string? municipality)
    {
        using var connection = region.App.Database.Open();
        return [.. new SdDeficitsExport(AsOf).Rows(connection, new ExportFilter(Municipality: municipality))];
    }

    [Fact]
    public async Task The_page_lists_the_schools_below_basic_with_in_project_previous_level_and_change_and_the_regions_top_criteria()
    {
        var html = await (await region.App.SignedIn("analyst")).GetStringAsync("/self-diagnostics?asof=2024-06-01");

        var below = Levels(null).Where(r => r.BelowBasic).ToList();
        below.Should().NotBeEmpty("the samples keep a few schools below the basic level in May");
        var list = html[html.IndexOf("<section class=\"below-basic\">", StringComparison.Ordinal)..html.IndexOf("<section class=\"sd-deficits\">", StringComparison.Ordinal)];
        list.Should().Contain($"Найдено: {below.Count}").And.Contain("В проекте").And.Contain("Предыдущий уровень").And.Contain("Изменение уровня");
        list.Should().Contain(below[0].Login);
        html.Should().Contain("/charts/sd-levels.png?asof=2024-06-01").And.Contain("/charts/sd-directions.png?asof=2024-06-01");

        var top = Deficits(null).Where(r => r.IsRegion && r.RoundDate == new DateOnly(2024, 5, 20)).ToList();
        var criteria = html[html.IndexOf("<section class=\"sd-deficits\">", StringComparison.Ordinal)..];
        criteria.Should().Contain("Дефициты: Ленинградская область").And.Contain($"Найдено: {top.Count}");
        criteria.Should().Contain(top.Single(r => r.Place == 1).Criterion, "the region's most frequent deficit of the latest round is listed first");
    }

    [Fact]
    public async Task A_municipal_user_sees_only_its_schools_rounds_and_its_municipalitys_deficits()
    {
        var html = await (await region.App.SignedIn("luga")).GetStringAsync("/self-diagnostics?asof=2024-01-01");

        var everywhere = Levels(null);
        var others = everywhere.Where(r => r.Municipality != Luga && r.BelowBasic).ToList();
        others.Should().NotBeEmpty();
        html.Should().NotContain(others[0].Login).And.NotContain("Гатчинский район");
        html.Should().Contain("Дефициты: " + Luga);
    }

    [Fact]
    public async Task A_municipal_download_of_deficits_holds_its_municipality_and_the_regions_aggregates_computed_over_every_school()
    {
        var response = await (await region.App.SignedIn("luga")).GetAsync("/export/sd-deficits?asof=2024-06-01");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet(1);
        var header = DocumentSheet.FindHeaderRow(sheet);
        var places = sheet.Column(2).CellsUsed().Where(c => c.Address.RowNumber > header).Select(c => c.GetString()).Distinct().ToList();
        places.Should().BeEquivalentTo([Luga, Labels.Region], "another municipality's rows never reach a municipal user");

        var regionRows = Deficits(null).Where(r => r.IsRegion).ToList();
        var regionInFile = sheet.RowsUsed().Where(r => r.RowNumber() > header && r.Cell(2).GetString() == Labels.Region)
            .Select(r => (r.Cell(4).GetString(), r.Cell(6).GetValue<int>())).ToList();
        regionInFile.Should().Equal(regionRows.Select(r => (r.Number, r.Schools)), "the region's figures are those over every school");
        regionRows.Max(r => r.SchoolsWithCriterion).Should().BeGreaterThan(Levels(Luga).Count, "the region counts more schools than Луга's");
    }

    [Theory]
    [InlineData("analyst", "/charts/sd-levels.png")]
    [InlineData("luga", "/charts/sd-levels.png")]
    [InlineData("analyst", "/charts/sd-directions.png?asof=2024-06-01")]
    [InlineData("luga", "/charts/sd-directions.png")]
    public async Task The_charts_are_pngs(string user, string url)
    {
        var response = await (await region.App.SignedIn(user)).GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
        (await response.Content.ReadAsByteArrayAsync()).Length.Should().BeGreaterThan(5_000);
    }

    [Fact]
    public async Task The_school_card_shows_its_rounds_its_direction_points_against_the_regions_median_and_its_deficits()
    {
        var school = Levels(null).First(r => r.PreviousLevel is not null && r.Deficits > 0);
        var html = await (await region.App.SignedIn("analyst")).GetStringAsync("/school/" + school.Login);

        var section = html[html.IndexOf("id=\"self-diagnostics\"", StringComparison.Ordinal)..];
        section.Should().Contain("15.11.2023").And.Contain("20.05.2024").And.Contain("Медиана по региону").And.Contain("Дефициты (показатели с 0 баллов)");
    }

    [Fact]
    public async Task The_municipality_card_shows_its_level_distribution()
    {
        var luga = Levels(Luga);
        var html = await (await region.App.SignedIn("analyst")).GetStringAsync("/municipality/" + Uri.EscapeDataString(Luga));

        var section = html[html.IndexOf("id=\"self-diagnostics\"", StringComparison.Ordinal)..];
        section.Should().Contain($"Уровни {luga.Count} школ").And.Contain("ниже базового: <span class=\"figure\">");
    }
}
