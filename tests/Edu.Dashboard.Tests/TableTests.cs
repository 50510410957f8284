using System.Net;
using ClosedXML.Excel;
using Edu.Analytics.Exports;
using Edu.Dashboard.Tests.Support;
using Edu.Reference;
using Microsoft.Extensions.DependencyInjection;
using Edu.Spreadsheets;

namespace Edu.Dashboard.Tests;

[Collection(SharedDashboard.Name)]
public sealed class TableTests(DashboardFactory app)
{
    [Fact]
    public async Task Filter_by_municipality_comes_from_the_query_string()
    {
        var client = await app.SignedIn("analyst");
        var html = await client.GetStringAsync("/schools?municipality=" + Uri.EscapeDataString("Лужский район"));
        html.Should().Contain(SeedFiles.LugaSchool).And.Contain(SeedFiles.LugaRuralSchool).And.NotContain(SeedFiles.GatchinaSchool);
        html.Should().Contain("Найдено: 2");
    }

    [Fact]
    public async Task Filter_by_district_keeps_its_municipalities_only()
    {
        var client = await app.SignedIn("analyst");
        var html = await client.GetStringAsync("/schools?district=" + Uri.EscapeDataString("Западный округ"));
        html.Should().Contain("sch470005").And.NotContain(SeedFiles.LugaSchool);
    }

    [Fact]
    public async Task Sorting_and_paging_follow_the_links()
    {
        var client = await app.SignedIn("analyst");
        var page1 = await client.GetStringAsync("/schools?sort=login&dir=desc");
        page1.Should().Contain("Страница 1 из 2").And.Contain("sch470005");
        page1.IndexOf("sch470005", StringComparison.Ordinal).Should().BeLessThan(page1.IndexOf("sch470004", StringComparison.Ordinal));
        var next = Html.Links(page1, "/schools?").Single(l => l.Contains("page=2", StringComparison.Ordinal));
        var page2 = await client.GetStringAsync(next);
        page2.Should().Contain("Страница 2 из 2").And.Contain(SeedFiles.LugaSchool).And.NotContain("sch470005\"");
    }

    [Fact]
    public async Task Excel_download_is_the_cli_workbook_with_the_filters_applied()
    {
        var client = await app.SignedIn("analyst");
        var response = await client.GetAsync("/export/schools?municipality=" + Uri.EscapeDataString("Лужский район"));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var downloaded = new XLWorkbook(await response.Content.ReadAsStreamAsync());

        using var expectedStream = new MemoryStream();
        var clock = RegionClock.Of(TimeProvider.System);
        using (var connection = app.Database.Open())
        {
            var table = new SchoolsExport().Query(connection, new ExportFilter(null, "Лужский район"));
            ExportWriter.WriteXlsx(table, DocumentHeading.ForExport(table.Title, [], clock.Today, clock, null), expectedStream);
        }
        using var expected = new XLWorkbook(expectedStream);

        Cells(downloaded).Should().Equal(Cells(expected));
        Cells(downloaded).Should().HaveCount(3);
        downloaded.Worksheet(1).Cell(2, 1).GetString().Should().Be($"Данные на {clock.Today:dd.MM.yyyy}; отбор: Муниципалитет — Лужский район");
    }

    [Fact]
    public async Task Formula_like_text_stays_text_in_the_export()
    {
        var client = await app.SignedIn("analyst");
        using var workbook = new XLWorkbook(await client.GetStreamAsync("/export/schools"));
        var cell = workbook.Worksheet(1).CellsUsed().Single(c => c.GetString() == SeedFiles.FormulaName);
        cell.HasFormula.Should().BeFalse();
        cell.DataType.Should().Be(XLDataType.Text);
    }

    [Fact]
    public async Task Load_history_downloads_as_the_loads_export()
    {
        var client = await app.SignedIn("analyst");
        using var workbook = new XLWorkbook(await client.GetStreamAsync("/export/loads"));
        var sheet = workbook.Worksheet(1);
        var headerRow = DocumentSheet.FindHeaderRow(sheet);
        var header = sheet.Row(headerRow).CellsUsed().Select(c => c.GetString()).ToList();
        header.Should().StartWith(["Дата загрузки", "Файл", "Вид", "Хэш", "Строк", "Итог", "Ошибок", "Пользователь"]);
        sheet.RowsUsed().Count(r => r.RowNumber() >= headerRow).Should().BeGreaterThanOrEqualTo(5);
        sheet.Column(3).CellsUsed().Where(c => c.Address.RowNumber > headerRow).Select(c => c.GetString()).Should().Contain("Справочник ОО")
            .And.NotContain("schools", "«Вид» names the kind as users know it");
        sheet.Cell(headerRow + 1, 1).Style.DateFormat.Format.Should().EndWith("\"МСК\"", "load times are the region's, as on the page");
    }

    [Fact]
    public async Task Load_times_in_the_download_are_the_pages_in_the_regions_zone_with_its_label()
    {
        var client = await app.SignedIn("analyst");
        var page = await client.GetStringAsync("/loads");
        using var workbook = new XLWorkbook(await client.GetStreamAsync("/export/loads"));
        var sheet = workbook.Worksheet(1);
        var first = DocumentSheet.FindHeaderRow(sheet) + 1;
        var label = sheet.Cell(first, 1).Style.DateFormat.Format.EndsWith("\"МСК\"", StringComparison.Ordinal) ? " МСК" : " (без пояса)";
        var times = sheet.Column(1).CellsUsed().Where(c => c.Address.RowNumber >= first)
            .Select(c => c.GetDateTime().ToString("dd.MM.yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture) + label).ToList();

        times.Should().NotBeEmpty().And.OnlyContain(t => page.Contains(t, StringComparison.Ordinal), "the download shows each load at the time the page does");
        // Stored in UTC, shown in Moscow: three hours later, and so said.
        var stored = app.Scalar<DateTime>("SELECT min(loaded_at) FROM loads");
        times.Should().Contain(app.Services.GetRequiredService<RegionClock>().Format(stored));
        page.Should().Contain(app.Services.GetRequiredService<RegionClock>().Format(stored));
    }

    private static List<string> Cells(XLWorkbook workbook) =>
        workbook.Worksheet(1).RowsUsed().Where(r => r.RowNumber() >= DocumentSheet.FindHeaderRow(workbook.Worksheet(1)))
            .Select(r => string.Join("|", r.Cells(1, 8).Select(c => c.GetString()))).ToList();
}
