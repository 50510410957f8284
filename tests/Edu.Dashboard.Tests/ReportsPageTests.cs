using System.Net;
using ClosedXML.Excel;
using Edu.Dashboard.Features.Reports;
using Edu.Dashboard.Tests.Support;
using Edu.Reference;
using Edu.Reports;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Edu.Dashboard.Tests;

/// <summary>The Отчёты page: the month the schedule reports, «Сформировать сейчас», downloads and their scope (SPEC §6–§9).</summary>
public sealed class ReportsPageTests(DashboardFactory app) : IClassFixture<DashboardFactory>
{
    [Theory]
    [InlineData(2026, 1, 1, 2025, 12)]
    [InlineData(2026, 3, 15, 2026, 2)]
    [InlineData(2025, 12, 31, 2025, 11)]
    public void The_scheduled_report_covers_the_month_before_today(int year, int month, int day, int reportYear, int reportMonth) =>
        ReportSchedule.MonthBefore(new DateOnly(year, month, day)).Should().Be(new ReportMonth(reportYear, reportMonth));

    [Fact]
    public void The_schedule_is_the_first_of_each_month_in_the_regions_time_zone()
    {
        ReportSchedule.Cron.Should().Be("0 6 1 * *");
        var region = app.Services.GetRequiredService<RegionClock>();
        region.Zone.BaseUtcOffset.Should().Be(TimeSpan.FromHours(3));
        var recurring = app.Services.GetRequiredService<JobStorage>().GetConnection().GetRecurringJobs().Single(j => j.Id == MonthlyReportJob.RecurringId);
        recurring.TimeZoneId.Should().Be(region.Zone.Id);
    }

    [Fact]
    public void Just_after_midnight_of_the_first_in_moscow_the_month_before_is_the_one_that_just_ended()
    {
        // 28 Feb 22:30 UTC is 1 Mar 01:30 МСК: the region's February is over, UTC's is not.
        var time = new FixedTime(new DateTimeOffset(2026, 2, 28, 22, 30, 0, TimeSpan.Zero));
        ReportSchedule.MonthBefore(new RegionClock(time, app.Services.GetRequiredService<RegionClock>().Zone)).Should().Be(new ReportMonth(2026, 2));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public async Task Generating_now_as_analyst_gives_a_downloadable_workbook_of_the_chosen_month()
    {
        var client = await app.SignedIn("analyst");
        var page = await Generate(client, "2025-10");
        page.Should().Contain("сформирован");

        var links = Html.Links(page, "/reports/");
        var workbook = links.Should().Contain(l => l.Contains("2025-10_region", StringComparison.Ordinal) && l.EndsWith(".xlsx", StringComparison.Ordinal)).Which;
        links.Should().Contain(l => l.Contains("2025-10_region", StringComparison.Ordinal) && l.EndsWith(".png", StringComparison.Ordinal));

        var response = await client.GetAsync(workbook);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var book = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        book.Worksheets.Select(s => s.Name).Should().Contain("Сводка");

        app.Audit<long>("SELECT count(*) FROM audit_log WHERE action = 'report-generate' AND user_login = 'analyst' AND target = '2025-10_region'").Should().Be(1);
        app.Audit<long>("SELECT count(*) FROM audit_log WHERE action = 'report-download' AND user_login = 'analyst' AND details = 'отчёт 2025-10_region'").Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task A_municipal_user_gets_only_own_municipality_reports_and_403_for_others()
    {
        var analyst = await app.SignedIn("analyst");
        var regionPage = await Generate(analyst, "2025-09");
        var regionFile = Html.Links(regionPage, "/reports/").First(l => l.Contains("2025-09_region", StringComparison.Ordinal));

        var luga = await app.SignedIn("luga");
        var page = await Generate(luga, "2025-09");
        page.Should().Contain("Лужский район").And.NotContain("2025-09_region").And.NotContain("весь регион</td>");
        var own = Html.Links(page, "/reports/").Should().NotBeEmpty().And.OnlyContain(l => l.Contains("2025-09_" + Uri.EscapeDataString("Лужский_район"), StringComparison.Ordinal)).And.Subject;

        var workbook = await luga.GetAsync(own.First(l => l.EndsWith(".xlsx", StringComparison.Ordinal)));
        workbook.StatusCode.Should().Be(HttpStatusCode.OK);
        using (var book = new XLWorkbook(await workbook.Content.ReadAsStreamAsync()))
        {
            var text = string.Join("\n", book.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()));
            text.Should().NotContain(SeedFiles.GatchinaName).And.NotContain("Гатчинский");
        }
        (await luga.GetAsync(regionFile)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await luga.GetAsync("/reports/" + Uri.EscapeDataString("../2025-09_region") + "/files/x.xlsx")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        // The analyst sees both the region's and the municipality's report.
        var analystPage = await analyst.GetStringAsync("/reports");
        analystPage.Should().Contain("2025-09_region").And.Contain("2025-09_" + Uri.EscapeDataString("Лужский_район"));
    }

    [Fact]
    public async Task Anonymous_users_are_sent_to_sign_in_and_the_form_needs_the_antiforgery_token()
    {
        var anonymous = app.Anonymous();
        foreach (var url in new[] { "/reports", "/reports/2025-10_region/files/x.xlsx" })
        {
            var response = await anonymous.GetAsync(url);
            response.StatusCode.Should().Be(HttpStatusCode.Redirect, url);
            response.Headers.Location!.ToString().Should().Contain("/account/login");
        }
        var client = await app.SignedIn("analyst");
        (await client.PostAsync("/reports", new FormUrlEncodedContent(new Dictionary<string, string> { ["Month"] = "2025-10" })))
            .StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    /// <summary>«Сформировать сейчас», then the page once the build in the background is done.</summary>
    private async Task<string> Generate(HttpClient client, string month)
    {
        var token = await Html.AntiforgeryToken(client, "/reports");
        var response = await client.PostAsync("/reports", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Month"] = month, ["__RequestVerificationToken"] = token,
        }));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("формируется");
        await JobsWait.Until(() => !app.Services.GetRequiredService<ReportBuilds>().Running, "the report is built");
        return await client.GetStringAsync("/reports");
    }
}
