using Edu.Dashboard.Tests.Support;
using Microsoft.Playwright;

namespace Edu.Dashboard.BrowserTests;

/// <summary>
/// Signing out and being slowed down, in a real browser; and no page breaks its own Content-Security-Policy (the
/// browser reports every violation on the console). Its own app: the throttling here must not slow the other tests.
/// </summary>
public sealed class SignInInBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly string[] Pages = ["/", "/schools", "/school/" + SeedFiles.LugaSchool, "/municipality/Лужский", "/indicators", "/shnor", "/resilience", "/loads", "/reports"];

    [Fact]
    public async Task No_page_violates_its_content_security_policy()
    {
        var violations = new List<string>();
        var anonymous = await (await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = browser.BaseUrl })).NewPageAsync();
        Watch(anonymous, violations);
        await anonymous.GotoAsync("/account/login");
        await anonymous.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var page = await browser.SignedInPage("admin");
        Watch(page, violations);

        foreach (var url in Pages.Append("/hangfire"))
        {
            await page.GotoAsync(url);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        violations.Should().BeEmpty();
        (await page.Locator("body").InnerTextAsync()).Should().Contain("Hangfire", "the last page, /hangfire, rendered");
    }

    private static void Watch(IPage page, List<string> violations) => page.Console += (_, message) =>
    {
        if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add($"{page.Url}: {message.Text}");
    };

    [Fact]
    public async Task Vykhod_in_the_header_signs_out_and_the_pages_ask_for_sign_in_again()
    {
        var page = await browser.SignedInPage("analyst");
        await page.GotoAsync("/schools");

        await page.GetByRole(AriaRole.Button, new() { Name = "Выйти" }).ClickAsync();
        await page.WaitForURLAsync("**/account/login");
        await browser.Screenshot(page, "07-vyhod");
        await page.GotoAsync("/schools");

        page.Url.Should().Contain("/account/login");
        (await page.Locator("main").InnerTextAsync()).Should().Contain("Вход");
    }

    [Fact]
    public async Task Wrong_passwords_in_a_row_show_how_long_to_wait()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = browser.BaseUrl, Locale = "ru-RU" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");

        var messages = new List<string>();
        // Three failures are free, then each wait doubles (1, 2, 4 s): typing again soon enough meets one of them.
        for (var i = 0; i < 8 && !messages.Any(m => m.StartsWith("Слишком много", StringComparison.Ordinal)); i++)
        {
            await page.GetByLabel("Логин").FillAsync("гость");
            await page.GetByLabel("Пароль").FillAsync("угадываю-" + i);
            await page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Войти" }).ClickAsync(),
                r => r.Url.EndsWith("/account/login", StringComparison.Ordinal) && r.Request.Method == "POST");
            await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
            messages.Add(await page.Locator("p.error").InnerTextAsync());
        }

        messages.Take(3).Should().AllBe("Неверный логин или пароль.");
        messages.Last().Should().MatchRegex("^Слишком много неудачных попыток входа. Повторите через [0-9]+ с.$");
        await browser.Screenshot(page, "08-vhod-zamedlen");
    }
}
