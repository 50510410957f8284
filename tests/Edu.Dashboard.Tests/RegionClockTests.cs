using Edu.Dashboard.Tests.Support;
using Edu.Reference;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Tests;

/// <summary>The one clock: the region's zone, its label, and the app's TimeProvider being it.</summary>
public sealed class RegionClockTests
{
    [Fact]
    public void Moscow_is_UTC_plus_3_and_labelled_MSK()
    {
        var time = RegionClock.For(TimeProvider.System, RegionClock.DefaultZoneId);
        time.Format(new DateTime(2025, 12, 31, 22, 30, 0, DateTimeKind.Utc)).Should().Be("01.01.2026 01:30 МСК");
        File.Exists("/usr/share/zoneinfo/Europe/Moscow").Should().BeTrue("this machine has tzdata, so the real zone is used, not the fixed stand-in");
        time.Zone.Id.Should().Be("Europe/Moscow");
        time.IsStandIn.Should().BeFalse();
    }

    [Fact]
    public void Another_zone_is_labelled_by_its_offset() =>
        RegionClock.For(TimeProvider.System, "Asia/Yekaterinburg").Format(new DateTimeOffset(2025, 6, 1, 10, 0, 0, TimeSpan.Zero)).Should().Be("01.06.2025 15:00 UTC+05:00");

    [Fact]
    public void Today_is_the_regions_date_not_the_servers()
    {
        // 21:30 UTC on 31 December is already 1 January in Moscow.
        var clock = RegionClock.Of(new FixedTime(new DateTimeOffset(2025, 12, 31, 21, 30, 0, TimeSpan.Zero)));
        clock.Today.Should().Be(new DateOnly(2026, 1, 1));
        clock.GetLocalNow().Offset.Should().Be(TimeSpan.FromHours(3));
        RegionClock.Of(clock).Should().BeSameAs(clock, "a region clock passed on stays the same clock");
    }

    [Fact]
    public void The_apps_time_provider_is_the_region_clock()
    {
        using var app = new DashboardFactory();
        var time = app.Services.GetRequiredService<TimeProvider>();
        time.Should().BeSameAs(app.Services.GetRequiredService<RegionClock>());
        time.LocalTimeZone.Id.Should().Be(RegionClock.DefaultZoneId);
    }

    [Fact]
    public void An_unknown_zone_stops_the_app_at_start()
    {
        using var app = new DashboardFactory();
        var act = () => app.WithWebHostBuilder(b => b.UseSetting("Region:TimeZone", "Mars/Olympus")).CreateClient();
        act.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain("Region:TimeZone");
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
