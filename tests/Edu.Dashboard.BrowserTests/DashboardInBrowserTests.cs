using ClosedXML.Excel;
using Edu.Spreadsheets;
using Edu.Dashboard.Tests.Support;
using Microsoft.Playwright;

namespace Edu.Dashboard.BrowserTests;

/// <summary>What an analyst and a coordinator do, in a real browser; screenshots land in artifacts/.</summary>
public sealed class DashboardInBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Analyst_signs_in_filters_drills_down_to_a_school_and_downloads_the_export()
    {
        var page = await browser.SignedInPage("analyst");
        (await page.TitleAsync()).Should().Contain("Сводка");
        // The schools chart and the distribution of marks.
        await page.Locator("figure.chart img").Last.WaitForAsync();
        (await page.Locator("figure.chart img").EvaluateAllAsync<int[]>("imgs => imgs.map(i => i.naturalWidth)")).Should().Equal([900, 900], "the chart images load");
        await browser.Screenshot(page, "01-svodka");

        await page.GetByRole(AriaRole.Link, new() { Name = "Школы", Exact = true }).First.ClickAsync();
        await page.GetByLabel("Муниципалитет").SelectOptionAsync("Лужский район");
        await page.GetByRole(AriaRole.Button, new() { Name = "Показать" }).ClickAsync();
        await page.GetByText("Найдено: 2").WaitForAsync();
        await browser.Screenshot(page, "02-shkoly-luga");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Скачать Excel" }).ClickAsync());
        var file = Path.Combine(browser.App.Folder, "download.xlsx");
        await download.SaveAsAsync(file);
        using (var workbook = new XLWorkbook(file))
        {
            // The table from its header down; the heading above says what, which rows and who downloaded it.
            var sheet = workbook.Worksheet(1);
            var header = DocumentSheet.FindHeaderRow(sheet);
            sheet.Column(1).CellsUsed().Where(c => c.Address.RowNumber >= header).Select(c => c.GetString()).Should().Equal("Логин ОО", SeedFiles.LugaSchool, SeedFiles.LugaRuralSchool);
            sheet.Cell(2, 1).GetString().Should().Contain("Муниципалитет — Лужский район");
            sheet.Cell(3, 1).GetString().Should().Contain("МСК").And.Contain("(analyst)");
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "МОУ «Лужская СОШ № 1»" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Участие в оценочных процедурах" }).WaitForAsync();
        (await page.Locator("main").InnerTextAsync()).Should().Contain("Численность обучающихся").And.Contain("2024");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Результаты по процедурам" }).WaitForAsync();
        var marks = page.GetByRole(AriaRole.Img, new() { Name = "Диаграмма: распределение отметок" });
        await marks.WaitForAsync();
        (await marks.EvaluateAsync<int>("img => img.complete ? img.naturalWidth : new Promise(r => img.onload = () => r(img.naturalWidth))")).Should().Be(900, "the marks chart loads");
        await browser.Screenshot(page, "03-shkola");

        await page.GetByRole(AriaRole.Link, new() { Name = "Лужский район" }).First.ClickAsync();
        await page.GetByText("школы в справочнике").WaitForAsync();
        await browser.Screenshot(page, "04-municipalitet");
    }

    [Fact]
    public async Task Analyst_reads_the_task_results_and_follows_a_school_to_its_deficits()
    {
        var page = await browser.SignedInPage("analyst");
        await page.GetByRole(AriaRole.Link, new() { Name = "Выполнение заданий", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Задания: сначала самые трудные для региона" }).WaitForAsync();
        var chart = page.GetByRole(AriaRole.Img, new() { Name = "Диаграмма: выполнение заданий" });
        await chart.WaitForAsync();
        (await chart.EvaluateAsync<int>("img => img.complete ? img.naturalWidth : new Promise(r => img.onload = () => r(img.naturalWidth))")).Should().Be(900, "the task chart loads");
        (await page.Locator("#region-tasks").InnerTextAsync()).Should().Contain(SeedFiles.Task1Skill);
        await browser.Screenshot(page, "07-vypolnenie-zadaniy");

        await page.GetByRole(AriaRole.Link, new() { Name = "МОУ «Лужская СОШ № 1»" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Выполнение заданий ВПР" }).WaitForAsync();
        (await page.Locator("#task-deficits").InnerTextAsync()).Should().Contain("2 из 2").And.Contain(SeedFiles.Task1Skill);
        await browser.Screenshot(page, "08-shkola-zadaniya");
    }

    [Fact]
    public async Task Analyst_uploads_a_broken_file_and_sees_its_errors()
    {
        var page = await browser.SignedInPage("analyst");
        await page.GotoAsync("/loads");
        var broken = SeedFiles.BrokenSchools(Path.Combine(browser.App.Folder, "browser-upload"));
        await page.Locator("input[type=file]").SetInputFilesAsync(broken);
        await page.GetByRole(AriaRole.Button, new() { Name = "Загрузить" }).ClickAsync();
        (await page.Locator("section.results").InnerTextAsync()).Should().Contain("Справочник с ошибками.xlsx");

        // Uploads are loaded by the background writer; the page refreshes itself until the history shows the outcome.
        var rejectedRow = page.Locator("table tr", new() { HasText = "Справочник с ошибками.xlsx" }).Filter(new() { HasText = "отклонён" });
        await rejectedRow.First.WaitForAsync(new() { Timeout = 60_000 });
        await browser.Screenshot(page, "05-zagruzki-oshibki");

        var download = await page.RunAndWaitForDownloadAsync(() => rejectedRow.First.GetByRole(AriaRole.Link, new() { Name = "скачать" }).ClickAsync());
        download.SuggestedFilename.Should().EndWith(".xlsx");
        var report = Path.Combine(browser.App.Folder, "browser-upload", "отчёт.xlsx");
        await download.SaveAsAsync(report);
        using var workbook = new XLWorkbook(report);
        var text = string.Join("\n", workbook.Worksheet(1).CellsUsed().Select(c => c.GetString()));
        text.Should().Contain("Неизвестный район").And.Contain("ожидалось целое число, а записано «много»");
    }

    [Fact]
    public async Task Municipal_coordinator_sees_only_own_municipality()
    {
        var page = await browser.SignedInPage("luga");
        (await page.Locator("nav.main").InnerTextAsync()).Should().NotContain("Загрузки");
        await page.GotoAsync("/schools");
        (await page.Locator("main").InnerTextAsync()).Should().Contain("Найдено: 2").And.NotContain("Гатчин");
        await browser.Screenshot(page, "06-luga-shkoly");
        var refused = await page.GotoAsync("/school/" + SeedFiles.GatchinaSchool);
        refused!.Status.Should().Be(403);
        (await page.Locator("main").InnerTextAsync()).Should().Contain("Нет доступа");
    }

    [Fact]
    public async Task Search_finds_a_school_by_part_of_its_name_and_its_card_shows_the_shnor_status_and_grounds()
    {
        var page = await browser.SignedInPage("analyst");
        await page.GetByPlaceholder("Школа: название, логин, код ОО").FillAsync("лужская 1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Найти" }).ClickAsync();
        await page.WaitForURLAsync("**/school/" + SeedFiles.LugaSchool);

        (await page.Locator("h1").InnerTextAsync()).Should().Be("МОУ «Лужская СОШ № 1»");
        var statuses = await page.Locator("section.statuses").InnerTextAsync();
        statuses.Should().Contain("Статусы за 2024 год").And.Contain("«ШНОР» за 2024 год: основание А — да, основание Б — да")
            .And.Contain("ВПР · Математика · 5 — 40,0 %").And.Contain("признаки необъективности");
        var trend = page.GetByRole(AriaRole.Img, new() { Name = "Диаграмма: индекс результатов и доля низких результатов школы" });
        (await trend.EvaluateAsync<int>("img => img.complete ? img.naturalWidth : new Promise(r => img.onload = () => r(img.naturalWidth))")).Should().Be(900, "the school's chart loads");
        await browser.Screenshot(page, "07-poisk-kartochka-shnor");
    }

    [Fact]
    public async Task The_municipality_card_shows_its_statuses_lists_and_schools()
    {
        var page = await browser.SignedInPage("luga");
        await page.GotoAsync("/municipality/" + Uri.EscapeDataString("Лужский район"));
        var main = await page.Locator("main").InnerTextAsync();
        main.Should().Contain("Списки 2024 года").And.Contain("Школы и их статусы").And.Contain("ШНОР и группа риска: 1");
        // A short list is open: its school, what put it there, a link to its card.
        (await page.Locator("details.school-list", new() { HasText = "ШНОР и группа риска" }).InnerTextAsync()).Should().Contain("МОУ «Лужская СОШ № 1» — ШНОР: ВПР · Математика · 5; ВПР · Математика · 6");
        await browser.Screenshot(page, "08-municipalitet-kartochka");
    }

    [Fact]
    public async Task The_chosen_year_and_municipality_carry_to_the_next_page()
    {
        var page = await browser.SignedInPage("analyst");
        await page.GotoAsync("/objectivity");
        await page.GetByLabel("Муниципалитет").SelectOptionAsync("Лужский район");
        await page.GetByRole(AriaRole.Button, new() { Name = "Показать" }).ClickAsync();
        await page.GetByText("Найдено: 1").WaitForAsync();

        await page.Locator("nav.main").GetByRole(AriaRole.Link, new() { Name = "ШНОР", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/shnor?", StringComparison.Ordinal));
        page.Url.Should().Contain("year=2024").And.Contain("municipality=");
        // The ШНОР page holds two tables, the list and «Динамика»: the list comes first.
        var list = page.Locator("div.table-block").First;
        (await list.GetByLabel("Муниципалитет").InputValueAsync()).Should().Be("Лужский район");
        (await list.GetByLabel("Год").InputValueAsync()).Should().Be("2024");
        (await list.GetByRole(AriaRole.Link, new() { Name = "Скачать Excel" }).GetAttributeAsync("href")).Should().Contain("year=2024").And.Contain("municipality=");
        await browser.Screenshot(page, "09-filtry-perenosyatsya");
    }

    [Fact]
    public async Task A_wide_table_scrolls_inside_its_box_with_the_first_column_fixed_at_1366_px()
    {
        var page = await browser.SignedInPage("analyst", width: 1366);
        await page.GotoAsync("/objectivity?year=2024");
        var box = page.Locator("div.scroll").Last;
        (await box.EvaluateAsync<bool>("b => b.scrollWidth > b.clientWidth")).Should().BeTrue("the 16 columns are wider than the window");
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(1366, "the page itself does not widen");
        (await box.Locator("td").First.EvaluateAsync<string>("td => getComputedStyle(td).position")).Should().Be("sticky");
        await box.EvaluateAsync("b => b.scrollLeft = b.scrollWidth");
        await browser.Screenshot(page, "10-shirokaya-tablica-1366");
    }

    [Fact]
    public async Task Report_generation_shows_its_progress_and_the_page_stays_usable()
    {
        var page = await browser.SignedInPage("analyst");
        await page.GotoAsync("/reports");
        await page.GetByLabel("Месяц", new() { Exact = false }).FillAsync("2024-10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сформировать сейчас" }).ClickAsync();
        (await page.Locator("p.notice").InnerTextAsync()).Should().Contain("формируется");
        await browser.Screenshot(page, "11-otchet-formiruetsya");
        // The page follows the build by itself until it is done.
        await page.Locator("section.builds").GetByText("сформирован", new() { Exact = true }).WaitForAsync(new() { Timeout = 120_000 });
        (await page.Locator("table").InnerTextAsync()).Should().Contain("2024-10");
        await browser.Screenshot(page, "12-otchet-sformirovan");
    }
}
