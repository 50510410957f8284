using Microsoft.Playwright;

namespace Edu.Dashboard.BrowserTests;

/// <summary>
/// The Решения page over the committee's five documents (data-samples) in a real browser: the register, a filter, the
/// breakdown by municipality, the drill-down to a chart; screenshots land in artifacts/.
/// </summary>
public sealed class DecisionsInBrowserTests(SampleBrowserFixture browser) : IClassFixture<SampleBrowserFixture>
{
    [Fact]
    public async Task Analyst_reads_the_register_filters_a_document_and_opens_an_indicators_chart()
    {
        var page = await browser.SignedInPage("analyst");
        await page.GetByRole(AriaRole.Link, new() { Name = "Решения", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Решения" }).WaitForAsync();
        (await page.Locator("main").InnerTextAsync()).Should().Contain("Пунктов: 114").And.Contain("просрочено").And.Contain("постоянно");
        await browser.Screenshot(page, "10-resheniya");

        await page.GetByLabel("Документ").SelectOptionAsync(new SelectOptionValue { Label = await DocumentOption(page, "30.09.2019") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Показать" }).ClickAsync();
        await page.GetByText("Пунктов: 48").WaitForAsync();
        var breakdown = page.Locator("td.figures details").First;
        await breakdown.Locator("summary").ClickAsync();
        (await breakdown.InnerTextAsync()).Should().Contain("Лужский район");
        await browser.Screenshot(page, "11-resheniya-2019");

        await page.Locator("td.figures a.code").First.ClickAsync();
        await page.WaitForURLAsync("**/charts/indicators/**");
        (await page.EvaluateAsync<int>("() => document.images[0].naturalWidth")).Should().Be(900, "the indicator's trend chart opens");
    }

    [Fact]
    public async Task Coordinator_sees_own_and_every_municipalitys_items_and_the_schools_projects()
    {
        var page = await browser.SignedInPage("luga");
        await page.GotoAsync("/decisions?overdue=да");
        var text = await page.Locator("main").InnerTextAsync();
        // 001 п. 1 is ЛОИРО's, a regional item; «Гатчинский район:» would open another municipality's figure.
        text.Should().Contain("Только просроченные").And.NotContain("Актуализировать региональную «дорожную карту»").And.NotContain("Гатчинский район:");
        await browser.Screenshot(page, "12-resheniya-luga");

        await page.GotoAsync("/decisions/projects");
        var school = page.Locator("table.data tbody tr td a").First;
        await school.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Участие в проектах" }).WaitForAsync();
        await browser.Screenshot(page, "13-shkola-proekty");
    }

    private static async Task<string> DocumentOption(IPage page, string date) =>
        (await page.Locator("select[name=document] option").AllInnerTextsAsync()).Single(o => o.EndsWith(" от " + date, StringComparison.Ordinal));
}
