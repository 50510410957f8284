using Microsoft.Extensions.Time.Testing;

namespace Edu.Reports.Tests;

public class ReportMonthTests
{
    [Theory]
    [InlineData("2025-10", 2025, 10)]
    [InlineData(" 2024-02 ", 2024, 2)]
    public void ParsesYearDashMonth(string text, int year, int month)
    {
        ReportMonth.TryParse(text, out var parsed).Should().BeTrue();
        parsed.Should().Be(new ReportMonth(year, month));
    }

    [Theory]
    [InlineData("2025-13")]
    [InlineData("2025-1")]
    [InlineData("10.2025")]
    [InlineData("2025-10-01")]
    [InlineData("октябрь")]
    [InlineData("")]
    public void RefusesAnythingElse(string text) => ReportMonth.TryParse(text, out _).Should().BeFalse();

    [Fact]
    public void NamesTheMonthInRussianAndKnowsItsLastDay()
    {
        var february = new ReportMonth(2024, 2);
        february.LastDay.Should().Be(new DateOnly(2024, 2, 29));
        february.RussianName.Should().Be("февраль 2024");
    }

    [Fact]
    public void APastMonthIsTakenAtItsLastDayTheCurrentOneAtTodayAFutureOneIsRefused()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 10, 12, 10, 0, 0, TimeSpan.Zero));
        time.SetLocalTimeZone(TimeZoneInfo.Utc);

        ReportDate.AsOf(new ReportMonth(2025, 9), time).Should().Be(new DateOnly(2025, 9, 30));
        ReportDate.AsOf(new ReportMonth(2025, 10), time).Should().Be(new DateOnly(2025, 10, 12));
        var future = () => ReportDate.AsOf(new ReportMonth(2025, 11), time);
        future.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void The_months_end_is_the_regions_whatever_the_servers_zone()
    {
        // 22:30 UTC on 31 October is 01:30 on 1 November in Moscow: November has begun there.
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 10, 31, 22, 30, 0, TimeSpan.Zero));
        time.SetLocalTimeZone(TimeZoneInfo.Utc);

        ReportDate.AsOf(new ReportMonth(2025, 11), time).Should().Be(new DateOnly(2025, 11, 1));
        ReportDate.AsOf(new ReportMonth(2025, 10), time).Should().Be(new DateOnly(2025, 10, 31));
    }
}
