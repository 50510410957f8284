using System.Net;
using Edu.Dashboard.Tests.Support;

namespace Edu.Dashboard.Tests;

/// <summary>Every response carries the security headers, whatever produced it; behind a TLS proxy cookies are Secure.</summary>
[Collection(SharedDashboard.Name)]
public sealed class SecurityHeaderTests(DashboardFactory app)
{
    [Theory]
    [InlineData("/account/login", false)]
    [InlineData("/health", false)]
    [InlineData("/css/site.css", false)]
    [InlineData("/no-such-page", false)]
    [InlineData("/schools", false)]
    [InlineData("/schools", true)]
    [InlineData("/school/sch470001", true)]
    [InlineData("/export/schools", true)]
    [InlineData("/charts/schools-by-municipality.png", true)]
    [InlineData("/hangfire", true)]
    public async Task Every_response_carries_the_security_headers(string url, bool signedIn)
    {
        var client = signedIn ? await app.SignedIn("admin") : app.Anonymous();

        var response = await client.GetAsync(url);

        var policy = string.Join("", response.Headers.GetValues("Content-Security-Policy"));
        policy.Should().Contain("default-src 'self'").And.Contain("frame-ancestors 'none'").And.Contain("object-src 'none'").And.Contain("img-src 'self'");
        if (!url.StartsWith("/hangfire", StringComparison.Ordinal)) policy.Should().NotContain("unsafe-inline", "the pages have no inline script or style");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
        response.Headers.GetValues("Referrer-Policy").Should().Equal("same-origin");
    }

    [Fact]
    public async Task Behind_a_TLS_proxy_the_sign_in_and_antiforgery_cookies_are_Secure()
    {
        // Cookies by hand: a client on http:// would itself refuse to send back cookies marked Secure.
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var login = await client.GetAsync("/account/login");
        var antiforgery = login.Headers.GetValues("Set-Cookie").Single();
        var token = Html.Token(await login.Content.ReadAsStringAsync())!;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Login"] = "analyst", ["Password"] = DashboardFactory.Password, ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", antiforgery.Split(';')[0]);
        var signIn = await client.SendAsync(post);

        antiforgery.Should().Contain("; secure");
        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        signIn.Headers.GetValues("Set-Cookie").Should().Contain(c => c.StartsWith("edu.auth=", StringComparison.Ordinal))
            .And.OnlyContain(c => c.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Without_a_TLS_proxy_on_plain_http_cookies_are_not_marked_Secure_so_the_local_server_still_works()
    {
        var login = await app.Anonymous().GetAsync("/account/login");

        login.Headers.GetValues("Set-Cookie").Should().OnlyContain(c => !c.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }
}
