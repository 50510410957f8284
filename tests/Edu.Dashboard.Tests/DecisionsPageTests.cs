using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Edu.Dashboard.Tests.Support;
using Edu.Spreadsheets;

namespace Edu.Dashboard.Tests;

/// <summary>
/// The Решения page (SPEC §11) over the seeded decisions (SeedFiles.Decisions) as of 31.12.2024: items with their
/// statuses and «did it work» inline, its filters, municipal scope, and figures equal to «./edu export decisions».
/// </summary>
[Collection(SharedDashboard.Name)]
public sealed partial class DecisionsPageTests(DashboardFactory app)
{
    private const string AsOf = "asof=2024-12-31";

    private static readonly string[] Contents =
    [
        "Провести семинар для школ Луги", $"Поддержать МБОУ «{SeedFiles.GatchinaName}»",
        "Обеспечить участие колледжей Сосновоборского городского округа в мониторинге СПО", "Обеспечить участие обучающихся в проекте «Билет в будущее»",
    ];

    [Fact]
    public async Task The_register_shows_every_item_with_its_status_and_what_it_changed()
    {
        var html = await Page("analyst", "/decisions?" + AsOf);

        html.Should().Contain("Решение совещания от 22.12.2023").And.Contain("Пунктов: 4");
        foreach (var content in Contents) html.Should().Contain(content);
        // 1 (10.01.2024) and 2 (30.06.2024) passed without a done date; 3 is due on the date itself; 4 was done 15.04.2024, after 31.03.2024.
        Statuses(html).Should().Equal("просрочено", "просрочено", "на исполнении", "исполнено");
        html.Should().Contain("15.04.2024, с опозданием");
        // BILET before the decision of 22.12.2023 is the value of 31.12.2022; on the date that of 31.12.2024. The target ≥ 200 by 31.12.2024.
        Figures(html).Should().Equal(
            "SPO_MONITORING · Ленинградская область: 72,5 → 100 (+27,5) цель ≥ 100 к 31.12.2024: достигнут",
            "BILET · Ленинградская область: 1 800 → 2 400 (+600) цель ≥ 200 к 31.12.2024: достигнут",
            "BILET · Гатчинский район: 250 → 330 (+80) цель ≥ 200 к 31.12.2024: достигнут",
            "BILET · Лужский район: 80 → 160 (+80) цель ≥ 200 к 31.12.2024: не достигнут",
            // Every municipality with a school or a value, as for the targets of every municipality: Sosnovy Bor has a school and no value.
            "BILET · Сосновоборский городской округ: — → — цель ≥ 200 к 31.12.2024: нет данных");
        html.Should().Contain("по муниципалитетам (3)", "an item of every municipality leads with the region and folds the municipalities");
    }

    [Fact]
    public async Task A_municipal_coordinator_sees_its_own_items_and_every_municipalitys_never_a_regional_or_anothers()
    {
        var html = await Page("luga", "/decisions?" + AsOf);

        html.Should().Contain(Contents[0]).And.Contain(Contents[3]).And.Contain("Пунктов: 2");
        html.Should().NotContain(Contents[1]).And.NotContain(Contents[2]);
        Figures(html).Should().Equal("BILET · Лужский район: 80 → 160 (+80) цель ≥ 200 к 31.12.2024: не достигнут");

        var export = Export(await (await app.SignedIn("luga")).GetStreamAsync("/export/decisions?" + AsOf));
        export.Select(r => r["Пункт"]).Should().Equal("1", "4");
        export.Select(r => r["Муниципалитет"]).Should().Equal("", "Лужский район");
    }

    [Theory]
    [InlineData("analyst")]
    [InlineData("luga")]
    public async Task The_registers_figures_are_the_exports(string user)
    {
        var client = await app.SignedIn(user);
        var html = await client.GetStringAsync("/decisions?" + AsOf);
        var rows = Export(await client.GetStreamAsync("/export/decisions?" + AsOf)).Where(r => r["Код показателя"].Length > 0).ToList();

        rows.Should().NotBeEmpty();
        // The page leads with the region and folds the municipalities of an item of every municipality; the export lists them after it.
        Figures(html).Should().BeEquivalentTo(rows.Select(r =>
            $"{r["Код показателя"]} · {r["Муниципалитет"]}: {Number(r["Значение до решения"])} → {Number(r["Значение на дату"])} {Signed(r["Изменение"])}" +
            $"цель ≥ {Number(r["Целевое значение"])} к {r["Срок цели"]}: {r["Статус цели"]}"));
    }

    [Theory]
    [InlineData("municipality=Гатчинский%20район", new[] { 1, 3 })]
    [InlineData("municipality=Лужский%20район", new[] { 0, 3 })]
    [InlineData("overdue=да", new[] { 0, 1, 3 })]
    [InlineData("status=на%20исполнении", new[] { 2 })]
    [InlineData("responsible=Руководители%20профессиональных%20образовательных%20организаций", new[] { 2 })]
    [InlineData("document=Решение%20совещания%20от%2022.12.2023", new[] { 0, 1, 2, 3 })]
    // Deadlines: 10.01.2024, 30.06.2024, 31.12.2024, 31.03.2024 — all of 2024.
    [InlineData("year=2024", new[] { 0, 1, 2, 3 })]
    // Южный округ: Луга and Гатчина; the regional item concerns no district.
    [InlineData("district=Южный%20округ", new[] { 0, 1, 3 })]
    public async Task Filters_keep_the_items_they_name(string filter, int[] items)
    {
        var html = await Page("analyst", $"/decisions?{AsOf}&{filter}");

        foreach (var (content, i) in Contents.Select((c, i) => (c, i)))
        {
            if (items.Contains(i)) html.Should().Contain(content, filter);
            else html.Should().NotContain(content, filter);
        }
        html.Should().Contain($"Пунктов: {items.Length}");
    }

    [Fact]
    public async Task A_municipality_filter_keeps_that_municipalitys_figures_only()
    {
        var html = await Page("analyst", $"/decisions?{AsOf}&municipality=Гатчинский%20район");

        Figures(html).Should().Equal("BILET · Гатчинский район: 250 → 330 (+80) цель ≥ 200 к 31.12.2024: достигнут");
    }

    [Fact]
    public async Task Figures_lead_to_the_indicators_chart_and_the_municipality_card()
    {
        var html = await Page("analyst", "/decisions?" + AsOf);

        html.Should().Contain("href=\"/charts/indicators/BILET.png?municipality=%D0%9B%D1%83%D0%B6%D1%81%D0%BA%D0%B8%D0%B9%20%D1%80%D0%B0%D0%B9%D0%BE%D0%BD&amp;asof=2024-12-31\"")
            .And.Contain("href=\"/municipality/%D0%9B%D1%83%D0%B6%D1%81%D0%BA%D0%B8%D0%B9%20%D1%80%D0%B0%D0%B9%D0%BE%D0%BD\"");
        var chart = await (await app.SignedIn("analyst")).GetAsync("/charts/indicators/BILET.png?municipality=Лужский%20район&asof=2024-12-31");
        chart.StatusCode.Should().Be(HttpStatusCode.OK);
        chart.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
    }

    [Fact]
    public async Task The_school_card_lists_the_projects_the_school_takes_part_in()
    {
        var html = await Page("luga", "/school/" + SeedFiles.LugaSchool);

        html.Should().Contain("Участие в проектах").And.Contain("Стабильно высокие образовательные результаты")
            .And.Contain("Сетевое наставничество").And.Contain("наставник").And.Contain("href=\"/school/" + SeedFiles.LugaRuralSchool + "\"");
        (await Page("analyst", "/school/sch470005")).Should().Contain("В загруженных списках участников проектов школы нет.");
    }

    [Fact]
    public async Task Project_rosters_have_their_page_and_download_in_the_users_scope()
    {
        (await Page("analyst", "/decisions/projects")).Should().Contain("Участники проектов").And.Contain(SeedFiles.GatchinaName).And.Contain("Найдено: 4");
        var luga = Export(await (await app.SignedIn("luga")).GetStreamAsync("/export/rosters"));
        luga.Select(r => (r["Проект"], r["Логин ОО"])).Should().Equal(
            ("Сетевое наставничество", SeedFiles.LugaSchool), ("Сетевое наставничество", SeedFiles.LugaRuralSchool),
            ("Стабильно высокие образовательные результаты", SeedFiles.LugaSchool));
        (await Page("analyst", "/")).Should().Contain("href=\"/decisions\"");
    }

    private async Task<string> Page(string user, string url)
    {
        var response = await (await app.SignedIn(user)).GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, url);
        return await response.Content.ReadAsStringAsync();
    }

    private static List<string> Statuses(string html) =>
        [.. StatusRegex().Matches(html).Select(m => m.Groups[1].Value)];

    /// <summary>Each figure line of the page as a reader reads it: tags dropped, spaces folded.</summary>
    private static List<string> Figures(string html) =>
        [.. FigureRegex().Matches(html).Select(m => Space().Replace(Tag().Replace(WebUtility.HtmlDecode(m.Groups[1].Value), " "), " ").Trim()
            .Replace(" :", ":", StringComparison.Ordinal).Replace("( ", "(", StringComparison.Ordinal).Replace(" )", ")", StringComparison.Ordinal))];

    private static List<Dictionary<string, string>> Export(Stream stream)
    {
        using var workbook = new XLWorkbook(stream);
        var sheet = workbook.Worksheet(1);
        var headerRow = DocumentSheet.FindHeaderRow(sheet);
        var header = sheet.Row(headerRow).CellsUsed().Select(c => c.GetString()).ToList();
        return [.. sheet.RowsUsed().Where(r => r.RowNumber() > headerRow).Select(r => header.Select((h, i) => (h, Text: Text(r.Cell(i + 1)))).ToDictionary(x => x.h, x => x.Text))];
    }

    private static string Text(IXLCell cell) => cell.DataType switch
    {
        XLDataType.DateTime => cell.GetDateTime().ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture),
        XLDataType.Number => cell.GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => cell.GetString(),
    };

    // The export's cells as the page writes them: Russian grouping and decimal comma, at most two decimals.
    private static string Number(string cell) => cell.Length == 0 ? "—"
        : double.Parse(cell, System.Globalization.CultureInfo.InvariantCulture).ToString("#,0.##", System.Globalization.CultureInfo.GetCultureInfo("ru-RU")).Replace('\u00a0', ' ');

    // The page leaves out the change when it has none.
    private static string Signed(string cell) => cell.Length == 0 ? ""
        : "(" + double.Parse(cell, System.Globalization.CultureInfo.InvariantCulture).ToString("+#,0.##;−#,0.##;0", System.Globalization.CultureInfo.GetCultureInfo("ru-RU")).Replace('\u00a0', ' ') + ") ";

    [GeneratedRegex("<td class=\"execution\">\\s*<span class=\"status [^\"]+\">([^<]+)</span>")]
    private static partial Regex StatusRegex();

    [GeneratedRegex("<li class=\"figure-line\">(.*?)</li>", RegexOptions.Singleline)]
    private static partial Regex FigureRegex();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("\\s+")]
    private static partial Regex Space();
}
