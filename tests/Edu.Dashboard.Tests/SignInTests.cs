using System.Net;
using Edu.Dashboard.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Edu.Dashboard.Tests;

/// <summary>
/// Guessing passwords is slowed down per login and per client address, with growing waits and a lockout that ends;
/// a user's own browser is never locked out by someone else's guesses. Time is a fake clock, so waits are exact.
/// </summary>
public sealed class SignInTests : IDisposable
{
    private const string Wrong = "не-тот-пароль";

    private readonly DashboardFactory _factory = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 10, 15, 9, 0, 0, TimeSpan.Zero));
    private readonly WebApplicationFactory<Program> _app;

    public SignInTests() =>
        _app = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock)));

    public void Dispose()
    {
        _app.Dispose();
        _factory.Dispose();
    }

    private HttpClient Client() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Wrong_passwords_cost_nothing_three_times_then_each_next_attempt_waits_twice_as_long()
    {
        var client = Client();
        for (var i = 0; i < 4; i++) (await Expect(client, "analyst", Wrong, HttpStatusCode.OK)).Should().Contain("Неверный логин или пароль.");

        var refused = await DashboardFactory.SignIn(client, "analyst", Wrong);
        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(1));
        (await refused.Content.ReadAsStringAsync()).Should().Contain("Слишком много неудачных попыток входа. Повторите через 1 с.");

        _clock.Advance(TimeSpan.FromSeconds(1));
        await Expect(client, "analyst", Wrong, HttpStatusCode.OK);
        (await Expect(client, "analyst", Wrong, HttpStatusCode.TooManyRequests)).Should().Contain("Повторите через 2 с.");
        _clock.Advance(TimeSpan.FromSeconds(2));
        await Expect(client, "analyst", Wrong, HttpStatusCode.OK);
        (await Expect(client, "analyst", Wrong, HttpStatusCode.TooManyRequests)).Should().Contain("Повторите через 4 с.");
    }

    [Fact]
    public async Task Ten_failures_lock_the_login_out_even_for_the_right_password_until_the_lockout_ends()
    {
        var client = Client();
        await FailTenTimes(client, "analyst");

        (await Expect(client, "analyst", DashboardFactory.Password, HttpStatusCode.TooManyRequests))
            .Should().Contain("Вход временно заблокирован из-за многих неудачных попыток. Повторите через 15 мин.");
        (await Expect(Client(), "analyst", DashboardFactory.Password, HttpStatusCode.TooManyRequests))
            .Should().Contain("Вход временно заблокирован", "the lockout is the login's, from any client without a known browser");

        _clock.Advance(TimeSpan.FromMinutes(15));
        (await DashboardFactory.SignIn(Client(), "analyst", DashboardFactory.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect, "the lockout has ended");
    }

    [Fact]
    public async Task A_burst_of_parallel_wrong_passwords_gets_only_the_free_attempts_checked_and_the_right_one_does_not_work_at_once()
    {
        var clients = Enumerable.Range(0, 40).Select(_ => Client()).ToList();
        var tokens = await Task.WhenAll(clients.Select(c => Html.AntiforgeryToken(c, "/account/login")));

        var responses = await Task.WhenAll(clients.Select((c, i) => c.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Login"] = "admin", ["Password"] = Wrong + i, ["__RequestVerificationToken"] = tokens[i],
        }))));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).Should().Be(4, "three free failures and the first one that starts the waits");
        responses.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests).Should().Be(36);
        (await DashboardFactory.SignIn(Client(), "admin", DashboardFactory.Password)).StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Guesses_elsewhere_never_lock_a_user_out_of_the_browser_they_signed_in_with_before()
    {
        var own = Client();
        (await DashboardFactory.SignIn(own, "luga", DashboardFactory.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var attacker = Client();
        await FailTenTimes(attacker, "luga");
        (await Expect(attacker, "luga", DashboardFactory.Password, HttpStatusCode.TooManyRequests)).Should().Contain("Вход временно заблокирован");

        var again = await DashboardFactory.SignIn(own, "luga", DashboardFactory.Password);

        again.StatusCode.Should().Be(HttpStatusCode.Redirect, "the known browser is judged by its own failures only");
    }

    [Fact]
    public async Task Wrong_passwords_for_many_logins_from_one_address_slow_that_address_down()
    {
        var client = Client();
        foreach (var login in new[] { "analyst", "admin", "luga", "nobody" }) await Expect(client, login, Wrong, HttpStatusCode.OK);

        (await Expect(client, "someone", Wrong, HttpStatusCode.TooManyRequests)).Should().Contain("Слишком много неудачных попыток входа");
    }

    [Fact]
    public async Task The_addresses_a_trusted_proxy_forwards_are_throttled_apart()
    {
        var first = Client();
        first.DefaultRequestHeaders.Add("X-Forwarded-For", "10.0.0.1");
        var second = Client();
        second.DefaultRequestHeaders.Add("X-Forwarded-For", "10.0.0.2");
        foreach (var login in new[] { "analyst", "admin", "luga", "nobody" }) await Expect(first, login, Wrong, HttpStatusCode.OK);

        await Expect(first, "someone", Wrong, HttpStatusCode.TooManyRequests);
        await Expect(second, "someone", Wrong, HttpStatusCode.OK);
    }

    private async Task FailTenTimes(HttpClient client, string login)
    {
        for (var failures = 0; failures < 10;)
        {
            var response = await DashboardFactory.SignIn(client, login, Wrong);
            if (response.StatusCode == HttpStatusCode.OK) failures++;
            else _clock.Advance(response.Headers.RetryAfter!.Delta!.Value);
        }
    }

    private static async Task<string> Expect(HttpClient client, string login, string password, HttpStatusCode status)
    {
        var response = await DashboardFactory.SignIn(client, login, password);
        response.StatusCode.Should().Be(status);
        return await response.Content.ReadAsStringAsync();
    }
}
