using System.Net;
using System.Text.Json;
using Edu.Dashboard.Tests.Support;

namespace Edu.Dashboard.Tests;

[Collection(SharedDashboard.Name)]
public sealed class PageTests(DashboardFactory app)
{
    [Theory]
    [InlineData("/", "Сводка: Ленинградская область", "сельских школ")]
    [InlineData("/", "Загруженные данные", "ЕГЭ")]
    [InlineData("/schools", "Школы", "Скачать Excel")]
    [InlineData("/municipalities?district=Южный%20округ", "Лужский район", "Образовательный округ")]
    [InlineData("/municipality/Лужский", "Лужский район", "МОУ «Лужская СОШ № 1»")]
    [InlineData("/municipality/Лужский", "2</span> школы в справочнике", "1</span> сельская</li>")]
    [InlineData("/school/sch470001", "МОУ «Лужская СОШ № 1»", "Участие в оценочных процедурах")]
    [InlineData("/school/sch470001", "статистика по отметкам", "Контекстные данные")]
    [InlineData("/loads", "История загрузок", "ЕГЭ 2024.xlsx")]
    [InlineData("/account/logout", "Выйти из системы", "Выход")]
    public async Task Every_page_answers_in_Russian_for_an_analyst(string path, string text, string other)
    {
        var client = await app.SignedIn("analyst");
        var response = await client.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain(text).And.Contain(other);
        html.Should().NotContain("&#x41", "Cyrillic must not be HTML-encoded");
    }

    [Fact]
    public async Task Sign_in_page_is_Russian_and_a_wrong_password_says_so()
    {
        var client = app.Anonymous();
        (await client.GetStringAsync("/account/login")).Should().Contain("Вход").And.Contain("Пароль");
        var response = await DashboardFactory.SignIn(client, "analyst", "не тот пароль");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Неверный логин или пароль.");
    }

    [Fact]
    public async Task Sign_in_returns_only_to_a_local_address()
    {
        var client = app.Anonymous();
        var token = await Html.AntiforgeryToken(client, "/account/login");
        var response = await client.PostAsync("/account/login?ReturnUrl=https%3A%2F%2Fevil.example%2F", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Login"] = "analyst", ["Password"] = DashboardFactory.Password, ["__RequestVerificationToken"] = token,
        }));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Be("/");
    }

    [Fact]
    public async Task Health_is_anonymous_json_and_a_signed_in_caller_also_gets_database_reachability()
    {
        // Issue 16: an anonymous probe must not open the database (it would keep ./edu load locked out), so it says
        // only that the server runs and the file is there; reachability is for a signed-in caller.
        var response = await app.Anonymous().GetAsync("/health");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("status").GetString().Should().Be("ok");
        json.RootElement.GetProperty("database").GetProperty("present").GetBoolean().Should().BeTrue();
        json.RootElement.GetProperty("database").TryGetProperty("reachable", out _).Should().BeFalse();

        var signedIn = await (await app.SignedIn("admin")).GetAsync("/health");
        using var full = JsonDocument.Parse(await signedIn.Content.ReadAsStringAsync());
        full.RootElement.GetProperty("status").GetString().Should().Be("ok");
        full.RootElement.GetProperty("database").GetProperty("reachable").GetBoolean().Should().BeTrue();
        full.RootElement.GetProperty("database").GetProperty("schemaVersion").GetInt32().Should().BeGreaterThanOrEqualTo(5);
    }

    [Fact]
    public async Task Unknown_school_is_404_with_a_Russian_page()
    {
        var client = await app.SignedIn("analyst");
        var response = await client.GetAsync("/school/sch479999");
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Страница не найдена.");
    }

    [Fact]
    public async Task Chart_is_a_png_image()
    {
        var client = await app.SignedIn("analyst");
        var response = await client.GetAsync("/charts/schools-by-municipality.png");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(4).Should().Equal(0x89, (byte)'P', (byte)'N', (byte)'G');
        (await client.GetByteArrayAsync("/charts/schools-by-municipality.png")).Should().Equal(bytes, "the chart is cached per data version");
    }

    [Fact]
    public async Task Navigation_hides_loads_from_a_municipal_user_and_shows_it_to_an_analyst()
    {
        (await (await app.SignedIn("analyst")).GetStringAsync("/")).Should().Contain("href=\"/loads\"");
        (await (await app.SignedIn("luga")).GetStringAsync("/")).Should().NotContain("href=\"/loads\"").And.Contain("Сводка: Лужский район");
    }
}
