using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Edu.Dashboard.Access;
using Edu.Dashboard.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Edu.Dashboard.Tests;

/// <summary>«Выйти» signs out from every page, and signing out ends the session on the server: a copied cookie dies with it.</summary>
[Collection(SharedDashboard.Name)]
public sealed partial class SessionTests(DashboardFactory app)
{
    [Fact]
    public async Task The_header_sign_out_form_carries_its_antiforgery_token_and_signs_out()
    {
        var client = await app.SignedIn("analyst");
        var page = await client.GetStringAsync("/schools");
        var form = HeaderForm().Match(page);
        form.Success.Should().BeTrue("the header has the «Выйти» form with its token");

        var response = await client.PostAsync(form.Groups["action"].Value, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.Groups["token"].Value,
        }));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Be("/account/login");
        (await client.GetAsync("/schools")).Headers.Location!.ToString().Should().Contain("/account/login", "the user is signed out");
    }

    [Fact]
    public async Task A_copy_of_the_sign_in_cookie_stops_working_when_its_session_signs_out()
    {
        var client = app.Anonymous();
        var signIn = await DashboardFactory.SignIn(client, "admin", DashboardFactory.Password);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("edu.auth=", StringComparison.Ordinal)).Split(';')[0];
        var copy = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        (await copy.GetAsync("/schools")).StatusCode.Should().Be(HttpStatusCode.OK, "the copy works while the session lasts");

        var token = await Html.AntiforgeryToken(client, "/account/logout");
        (await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token })))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        var after = await copy.GetAsync("/schools");
        after.StatusCode.Should().Be(HttpStatusCode.Redirect);
        after.Headers.Location!.ToString().Should().Contain("/account/login");
    }

    [Fact]
    public void A_session_ends_at_its_absolute_lifetime_and_a_cookie_without_a_session_is_not_honoured()
    {
        var sessions = app.Services.GetRequiredService<SignedOutSessions>();
        var now = DateTimeOffset.UtcNow;
        ClaimsPrincipal With(params Claim[] claims) => new(new ClaimsIdentity(claims, "test"));

        sessions.IsActive(With(sessions.NewSession().ToArray())).Should().BeTrue();
        sessions.IsActive(With(new Claim(SignedOutSessions.SessionClaim, new string('a', 32)),
            new Claim(SignedOutSessions.ExpiresClaim, now.AddMinutes(-1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)))).Should().BeFalse();
        sessions.IsActive(With(new Claim(ClaimTypes.Name, "analyst"))).Should().BeFalse("a cookie issued before sessions existed names none");
        sessions.IsActive(With(new Claim(SignedOutSessions.SessionClaim, "../../etc/passwd"),
            new Claim(SignedOutSessions.ExpiresClaim, now.AddHours(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)))).Should().BeFalse();
    }

    [GeneratedRegex("""<form method="post" class="inline" action="(?<action>/account/logout)">\s*<button[^>]*>Выйти</button>\s*<input name="__RequestVerificationToken" type="hidden" value="(?<token>[^"]+)" /></form>""")]
    private static partial Regex HeaderForm();
}
