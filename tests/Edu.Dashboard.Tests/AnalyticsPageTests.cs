using System.Net;
using ClosedXML.Excel;
using Edu.Analytics.Exports;
using Edu.Analytics.Model;
using Edu.Dashboard.Tests.Support;
using Edu.Spreadsheets;

namespace Edu.Dashboard.Tests;

/// <summary>The analytics pages over the sample region: Russian text, counts and downloads equal to the SPEC §5 export functions.</summary>
[Collection(SampleRegionCollection.Name)]
public sealed class AnalyticsPageTests(SampleRegion region)
{
    private const string AsOf = "2025-06-30";
    private const string Luga = "Лужский район";

    public static TheoryData<string, string, string> Pages => new()
    {
        { "/shnor", "shnor", "Школы с низкими образовательными результатами" },
        { "/resilience", "resilient", "ШФНСУ и резильентные школы" },
        { "/stable-high", "stable-high", "Отобрана в проект" },
        { "/objectivity", "objectivity", "Уровень объективности" },
        { "/mentors", "mentors", "Наставничество" },
        { "/indicators", "indicators", "Матрица достижения" },
        { "/shnor/dynamics", "shnor-dynamics", "SHNOR_EXIT — доля школ «ШНОР» прошлого года" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_counts_match_the_export_for_the_same_filter(string path, string table, string text)
    {
        var client = await region.App.SignedIn("analyst");
        var html = await Get(client, $"{path}?year=2025&asof={AsOf}");
        html.Should().Contain(text).And.Contain("Скачать Excel").And.Contain("Аналитика рассчитана");
        html.Should().Contain($"Найдено: {Export(table, new ExportFilter(2025)).RowCount:N0}".Replace(",", "\u00a0", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_municipal_user_gets_the_export_of_own_municipality(string path, string table, string text)
    {
        var client = await region.App.SignedIn("luga");
        var html = await Get(client, $"{path}?asof={AsOf}");
        var expected = Export(table, new ExportFilter(null, Luga));
        html.Should().Contain(text).And.Contain($"Найдено: {expected.RowCount}").And.NotContain("Гатчинский район");
        var download = await client.GetAsync($"/export/{table}?asof={AsOf}");
        download.StatusCode.Should().Be(HttpStatusCode.OK);
        Cells(await download.Content.ReadAsStreamAsync()).Should().Equal(Cells(expected));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Download_is_the_workbook_of_edu_export_with_the_filters(string path, string table, string text)
    {
        _ = (path, text);
        var client = await region.App.SignedIn("analyst");
        var response = await client.GetAsync($"/export/{table}?year=2025&asof={AsOf}");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var cells = Cells(await response.Content.ReadAsStreamAsync());
        cells.Should().Equal(Cells(Export(table, new ExportFilter(2025))));
        cells.Count.Should().BeGreaterThan(1, "the sample region has rows in every analytics table of 2025 except objectivity");
    }

    [Fact]
    public async Task Samples_give_rows_to_the_lists_and_the_matrix_shows_labelled_statuses()
    {
        using (var connection = region.App.Database.Open())
        {
            new ShnorExport().Rows(connection, new ExportFilter(2025)).Should().Contain(r => r.Status == ShnorStatus.Shnor);
            new StableHighExport().Rows(connection, new ExportFilter(2025)).Should().Contain(r => r.Selected);
            new MentorsExport().Rows(connection, new ExportFilter(2025)).Should().NotBeEmpty();
        }
        var client = await region.App.SignedIn("analyst");
        var html = await Get(client, $"/indicators?asof={AsOf}");
        html.Should().Contain("class=\"status st-").And.Contain("не достигнут").And.Contain("/charts/indicators/DOP_5_18.png");
        html.Should().Contain("<a href=\"/municipality/");
        (await Get(client, "/shnor?year=2025")).Should().Contain("<a href=\"/school/sch");
    }

    [Fact]
    public async Task Municipal_user_has_no_region_row_and_no_other_municipality_charts()
    {
        var client = await region.App.SignedIn("luga");
        using (var connection = region.App.Database.Open())
        {
            new IndicatorsExport(DateOnly.Parse(AsOf, System.Globalization.CultureInfo.InvariantCulture), region.Options)
                .Rows(connection, new ExportFilter(null, Luga)).Should().NotBeEmpty().And.OnlyContain(r => r.Municipality == Luga);
        }
        (await client.GetAsync("/charts/indicators/DOP_5_18.png?municipality=" + Uri.EscapeDataString("Ленинградская область"))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await client.GetAsync("/charts/resilience.png?municipality=" + Uri.EscapeDataString("Гатчинский район"))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        await Png(client, "/charts/indicators/DOP_5_18.png");
    }

    [Theory]
    [InlineData("/charts/indicators/DOP_5_18.png?asof=2025-06-30")]
    [InlineData("/charts/indicators/DOP_OVZ.png?municipality=%D0%9B%D1%83%D0%B6%D1%81%D0%BA%D0%B8%D0%B9%20%D1%80%D0%B0%D0%B9%D0%BE%D0%BD")]
    [InlineData("/charts/resilience.png?year=2025")]
    [InlineData("/charts/resilience.png")]
    public async Task Charts_are_png_images(string url) => await Png(await region.App.SignedIn("analyst"), url);

    [Fact]
    public async Task Unknown_indicator_chart_is_404()
    {
        var client = await region.App.SignedIn("analyst");
        (await client.GetAsync("/charts/indicators/NOPE.png")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private static async Task<string> Get(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, url);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task Png(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, url);
        response.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(8).Should().Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, url);
        bytes.Length.Should().BeGreaterThan(10_000, url);
    }

    private ITable Export(string table, ExportFilter filter)
    {
        using var connection = region.App.Database.Open();
        return new AnalyticsExports(DateOnly.Parse(AsOf, System.Globalization.CultureInfo.InvariantCulture), region.Options).Find(table)!.Query(connection, filter);
    }

    private static List<string> Cells(ITable table)
    {
        var stream = new MemoryStream();
        ExportWriter.WriteXlsx(table, stream);
        stream.Position = 0;
        return Cells(stream);
    }

    private static List<string> Cells(Stream stream)
    {
        using var workbook = new XLWorkbook(stream);
        return workbook.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => $"{c.Address}={c.GetString()}").ToList();
    }
}
