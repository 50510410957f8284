using ClosedXML.Excel;
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
            workbook.Worksheet(1).Column(1).CellsUsed().Select(c => c.GetString()).Should().Equal("Логин ОО", SeedFiles.LugaSchool, SeedFiles.LugaRuralSchool);

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
}
