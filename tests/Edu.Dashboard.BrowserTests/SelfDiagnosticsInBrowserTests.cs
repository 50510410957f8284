using Microsoft.Playwright;

namespace Edu.Dashboard.BrowserTests;

/// <summary>«Самодиагностика» over the samples as a user sees it: the charts load, the below-basic list leads to a school's card section.</summary>
public sealed class SelfDiagnosticsInBrowserTests(SampleBrowserFixture browser) : IClassFixture<SampleBrowserFixture>
{
    [Fact]
    public async Task Analyst_reads_the_levels_and_follows_a_school_below_basic_to_its_card()
    {
        var page = await browser.SignedInPage("analyst");
        await page.GotoAsync("/self-diagnostics?asof=2024-01-31");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Ниже базового уровня" }).WaitForAsync();
        foreach (var name in new[] { "Диаграмма: число школ каждого уровня самодиагностики по муниципалитетам", "Диаграмма: число дефицитов по магистральным направлениям, Ленинградская область" })
        {
            var chart = page.GetByRole(AriaRole.Img, new() { Name = name });
            (await chart.EvaluateAsync<int>("img => img.complete ? img.naturalWidth : new Promise(r => img.onload = () => r(img.naturalWidth))")).Should().Be(900, name);
        }
        await browser.Screenshot(page, "20-samodiagnostika");

        await page.Locator("section.below-basic table.data tbody a").First.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Самодиагностика «Школа Минпросвещения России»" }).WaitForAsync();
        (await page.Locator("#self-diagnostics").InnerTextAsync()).Should().Contain("ниже базового").And.Contain("Медиана по региону");
        await browser.Screenshot(page, "21-shkola-samodiagnostika");

        await page.GotoAsync("/municipality/" + Uri.EscapeDataString("Лужский район"));
        await page.Locator("#self-diagnostics").WaitForAsync();
        await browser.Screenshot(page, "22-municipalitet-samodiagnostika");
    }
}
