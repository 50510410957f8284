using System.Net;
using Edu.Dashboard.Tests.Support;

namespace Edu.Dashboard.Tests;

/// <summary>
/// «/hangfire» is for administrators only (SPEC §9). Explicit cases, besides the route enumeration of AccessTests:
/// Hangfire serves its pages from its own middleware, and what matters is the answer, not the route table.
/// </summary>
[Collection(SharedDashboard.Name)]
public sealed class HangfireAccessTests(DashboardFactory app)
{
    public static readonly TheoryData<string> Urls = new() { "/hangfire", "/hangfire/jobs/enqueued", "/hangfire/recurring", "/hangfire/servers" };

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task An_administrator_opens_the_jobs_dashboard(string url)
    {
        var response = await (await app.SignedIn("admin")).GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, url);
    }

    [Fact]
    public async Task The_dashboard_shows_the_queues_and_hides_the_storage_connection()
    {
        var html = await (await app.SignedIn("admin")).GetStringAsync("/hangfire/recurring");
        html.Should().Contain("inbox-scan");
        (await (await app.SignedIn("admin")).GetStringAsync("/hangfire/jobs/enqueued")).Should().NotContain("Host=");
    }

    [Theory]
    [InlineData("analyst")]
    [InlineData("luga")]
    public async Task Other_roles_get_403(string login)
    {
        var client = await app.SignedIn(login);
        foreach (var url in Urls)
            (await client.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.Forbidden, url);
        (await client.PostAsync("/hangfire/stats", new FormUrlEncodedContent([]))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Anonymous_users_are_sent_to_sign_in()
    {
        var client = app.Anonymous();
        foreach (var url in Urls)
        {
            var response = await client.GetAsync(url);
            response.StatusCode.Should().Be(HttpStatusCode.Redirect, url);
            response.Headers.Location!.ToString().Should().Contain("/account/login", url);
        }
    }
}
