using Edu.Dashboard.Features.Shared;
using Edu.Dashboard.Setup;
using Edu.Dashboard.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Tests;

public sealed class RegionTimeTests
{
    [Fact]
    public void Moscow_is_UTC_plus_3_and_labelled_MSK()
    {
        var time = Of(RegionTime.DefaultZoneId);
        time.Format(new DateTime(2025, 12, 31, 22, 30, 0, DateTimeKind.Utc)).Should().Be("01.01.2026 01:30 МСК");
        File.Exists("/usr/share/zoneinfo/Europe/Moscow").Should().BeTrue("this machine has tzdata, so the real zone is used, not the fixed stand-in");
        time.Zone.Id.Should().Be("Europe/Moscow");
    }

    [Fact]
    public void Another_zone_is_labelled_by_its_offset() =>
        Of("Asia/Yekaterinburg").Format(new DateTimeOffset(2025, 6, 1, 10, 0, 0, TimeSpan.Zero)).Should().Be("01.06.2025 15:00 UTC+05:00");

    [Fact]
    public void An_unknown_zone_stops_the_app_at_start()
    {
        using var app = new DashboardFactory();
        var act = () => app.WithWebHostBuilder(b => b.UseSetting("Dashboard:TimeZone", "Mars/Olympus")).CreateClient();
        act.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain("Dashboard:TimeZone");
    }

    private static RegionTime Of(string zone) => new(Options.Create(new DashboardOptions { TimeZone = zone }), NullLogger<RegionTime>.Instance);
}
