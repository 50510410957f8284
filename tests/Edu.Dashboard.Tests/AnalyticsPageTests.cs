using System.Globalization;
using System.Net;
using ClosedXML.Excel;
using Edu.Analytics;
using Edu.Analytics.Exports;
using Edu.Analytics.Model;
using Edu.Dashboard.Tests.Support;
using Edu.Reference;
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
        { "/decisions/projects", "rosters", "Участники проектов" },
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
        // Lists of assessment years show their latest year in the scope unless another is chosen; the indicators have no such default.
        int? latest = table == "indicators" || expected.RowCount == 0 ? null : Enumerable.Range(0, expected.RowCount).Max(r => Convert.ToInt32(expected.Value(r, YearColumn(expected)), CultureInfo.InvariantCulture));
        var shown = latest is { } year ? Export(table, new ExportFilter(year, Luga)) : expected;
        html.Should().Contain(text).And.Contain($"Найдено: {shown.RowCount}").And.NotContain("Гатчинский район");
        if (latest is { } y) html.Should().MatchRegex($"/export/{table}\\?[^\"]*year={y}", "the download link carries the year the page shows");
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
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var cells = Cells(new MemoryStream(bytes));
        var expected = Export(table, new ExportFilter(2025));
        cells.Should().Equal(Cells(expected));
        cells.Count.Should().BeGreaterThan(1, "the sample region has rows in every analytics table of 2025 except objectivity");
        var heading = Heading(bytes);
        heading[0].Should().Be(expected.Title);
        heading[1].Should().Contain("Год — 2025");
        heading[2].Should().MatchRegex(@"^Сформировано \d\d\.\d\d\.\d{4} \d\d:\d\d МСК; пользователь: Тест analyst \(analyst\)$");
    }

    [Fact]
    public async Task Samples_give_rows_to_the_lists_and_the_matrix_shows_labelled_statuses()
    {
        using (var connection = region.App.Database.Open())
        {
            new ShnorExport().Rows(connection, new ExportFilter(2025)).Should().Contain(r => r.Status == ShnorStatus.Shnor);
            new StableHighExport(new ProjectOptions()).Rows(connection, new ExportFilter(2025)).Should().Contain(r => r.Selected);
            new MentorsExport().Rows(connection, new ExportFilter(2025)).Should().NotBeEmpty();
        }
        var client = await region.App.SignedIn("analyst");
        var html = await Get(client, $"/indicators?asof={AsOf}");
        html.Should().Contain("class=\"status st-").And.Contain("не достигнут").And.Contain("/charts/indicators/DOP_5_18.png");
        html.Should().Contain("<a href=\"/municipality/");
        (await Get(client, "/shnor?year=2025")).Should().Contain("<a href=\"/school/sch");
    }

    [Fact]
    public async Task The_register_holds_the_five_committee_documents_and_a_coordinator_its_share_of_them()
    {
        var html = await Get(await region.App.SignedIn("analyst"), $"/decisions?asof={AsOf}");
        // The 110 items of data-samples and the four every test database is seeded with (SeedFiles.Decisions).
        html.Should().Contain("Пунктов: 114");
        // Each document is an option of the document filter (the register pages by item, so not all are on the first page).
        foreach (var date in new[] { "29.09.2016", "30.09.2019", "03.02.2020", "22.12.2020", "22.12.2023" })
            html.Should().Contain($" от {date}\">");
        // The latest documents first.
        html.Should().Contain("Решение совещания с муниципальными координаторами по вопросам реализации проекта «Школа Минпросвещения России» в Ленинградской области в 2024 году (направлено письмом комитета от 29.12.2023 № 19-50660/2023) от 22.12.2023</th>")
            .And.NotContain("от 29.09.2016</th>");

        var decisions = (DecisionsExport)new AnalyticsExports(DateOnly.Parse(AsOf, System.Globalization.CultureInfo.InvariantCulture), region.Options, new ProjectOptions()).Decisions;
        using var connection = region.App.Database.Open();
        var own = decisions.Rows(connection, new ExportFilter(null, Luga)).Select(r => (r.Document, r.Item)).Distinct().Count();
        own.Should().BeInRange(1, 109, "the coordinator gets every municipality's items and none of the regional ones");
        (await Get(await region.App.SignedIn("luga"), $"/decisions?asof={AsOf}")).Should().Contain($"Пунктов: {own}");
        (await Get(await region.App.SignedIn("analyst"), "/stable-high?year=2025")).Should().Contain("В проекте");
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
        return new AnalyticsExports(DateOnly.Parse(AsOf, System.Globalization.CultureInfo.InvariantCulture), region.Options, new ProjectOptions()).Find(table)!.Query(connection, filter);
    }

    private static int YearColumn(ITable table) => table.Columns.ToList().FindIndex(c => c.Key == "year");

    private static List<string> Cells(ITable table)
    {
        var stream = new MemoryStream();
        var clock = RegionClock.Of(TimeProvider.System);
        ExportWriter.WriteXlsx(table, DocumentHeading.ForExport(table.Title, [], clock.Today, clock, null), stream);
        stream.Position = 0;
        return Cells(stream);
    }

    /// <summary>Every cell of the table, from its header down (the heading above names the download's own time and user).</summary>
    private static List<string> Cells(Stream stream)
    {
        using var workbook = new XLWorkbook(stream);
        return workbook.Worksheets.SelectMany(s => s.CellsUsed().Where(c => c.Address.RowNumber >= DocumentSheet.FindHeaderRow(s)))
            .Select(c => $"{c.Address}={c.GetString()}").ToList();
    }

    private static List<string> Heading(byte[] workbook)
    {
        using var book = new XLWorkbook(new MemoryStream(workbook));
        var sheet = book.Worksheet(1);
        return Enumerable.Range(1, DocumentSheet.FindHeaderRow(sheet) - 1).Select(r => sheet.Cell(r, 1).GetString()).ToList();
    }
}
