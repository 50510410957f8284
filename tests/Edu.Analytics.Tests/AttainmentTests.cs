using Edu.Analytics.Methods;
using Edu.Analytics.Model;
using static Edu.Analytics.Tests.TestData;

namespace Edu.Analytics.Tests;

public class AttainmentTests
{
    private static readonly DateOnly Jan1 = new(2024, 1, 1);

    private static Target AtLeast(double value, DateOnly deadline, string? municipality = "Лужский") =>
        new("DOP_5_18", "Охват", municipality, deadline, value, TargetCondition.AtLeast);

    private static List<(DateOnly, double)> Series(params (int Day, double Value)[] points) =>
        points.Select(p => (Jan1.AddDays(p.Day), p.Value)).ToList();

    [Fact]
    public void RegionIsSumOfNumeratorsOverSumOfDenominatorsNotMeanOfPercentages()
    {
        // Лужский 50/100 = 50%, Кировский 900/1000 = 90%; mean of % would be 70;
        // region = (50 + 900)/(100 + 1000)·100 = 950/1100·100 = 86.3636%.
        var coverage = new[]
        {
            new CoverageRow(Jan1, "Лужский", 100, 50, 10, 20, 5),
            new CoverageRow(Jan1, "Кировский", 1000, 900, 300, 0, 0),
        };

        var values = Indicators.Compute(coverage, [], [], [], [], [], Registry(), Options);

        var dop = values.Where(v => v.Code == IndicatorCodes.Dop5To18).ToDictionary(v => v.Municipality, v => v.Value);
        dop["Лужский"].Should().Be(50);
        dop["Кировский"].Should().Be(90);
        dop["Ленинградская область"].Should().BeApproximately(86.3636, 1e-4);
        // DOP_OVZ: Кировский has no children with ОВЗ (0/0) → no value; region = 5/20 = 25% from Лужский alone.
        values.Where(v => v.Code == IndicatorCodes.DopOvz).Select(v => (v.Municipality, v.Value))
            .Should().Equal(("Лужский", 25.0), ("Ленинградская область", 25.0));
        values.Single(v => v.Code == IndicatorCodes.DopTech && v.Municipality == "Ленинградская область").Value
            .Should().BeApproximately(310 * 100.0 / 1100, 1e-12);
    }

    [Fact]
    public void ShnorShareAndObjectivityAreDatedThirtiethOfJune()
    {
        // Лужский: a «ШНОР», b counted → 1/2 = 50%. Objectivity: 3 schools with data, 1 flagged → 66.667%.
        var results = new[]
        {
            new ProcedureResult(2024, "a", Math5, ResultSource.VprMarks, 10, true, 3, 40, null, null),
            new ProcedureResult(2024, "b", Math5, ResultSource.VprMarks, 10, true, 4, 0, null, null),
        };
        var shnor = new[] { new ShnorEntry(2024, "a", ShnorStatus.Shnor, true, true, [Math5], 2) };
        var levels = new[] { new ObjectivityLevel(2024, "Лужский", 3, 1), new ObjectivityLevel(2024, "Ленинградская область", 3, 1) };

        var values = Indicators.Compute([], results, shnor, [2024], levels, [], Registry(School("a"), School("b")), Options);

        values.Should().OnlyContain(v => v.Date == new DateOnly(2024, 6, 30));
        values.Single(v => v.Code == "SHNOR_SHARE" && v.Municipality == "Лужский").Value.Should().Be(50);
        values.Single(v => v.Code == "OBJECTIVITY" && v.Municipality == "Ленинградская область").Value
            .Should().BeApproximately(66.667, 1e-3);
    }

    [Fact]
    public void ValueDatedExactlyOnTheDeadlineCounts()
    {
        // Deadline 31.01; values 01.01 = 40 and 31.01 = 50; as of 15.02. Cutoff = min(31.01, 15.02) = 31.01, so the
        // value of 31.01 is the latest; 50 ≥ 50 → «достигнут».
        var deadline = Jan1.AddDays(30);
        var status = Attainment.Evaluate(AtLeast(50, deadline), "Лужский", Series((0, 40), (30, 50)), new DateOnly(2024, 2, 15), Options);

        status.Should().BeEquivalentTo(new { Value = (double?)50, ValueDate = (DateOnly?)deadline, Status = AttainmentStatus.Achieved });
        status.StatusLabel.Should().Be("достигнут");
    }

    [Fact]
    public void ValueAfterTheDeadlineDoesNotCountAndPassedDeadlineIsNotAchieved()
    {
        // Same target, but the 50 is dated 01.02, a day after the deadline: latest usable is 40 → «не достигнут».
        var status = Attainment.Evaluate(AtLeast(50, Jan1.AddDays(30)), "Лужский", Series((0, 40), (31, 50)), new DateOnly(2024, 2, 15), Options);

        status.Should().BeEquivalentTo(new { Value = (double?)40, Status = AttainmentStatus.NotAchieved });
    }

    [Fact]
    public void DeadlineEqualToAsOfWithUnmetValueIsNotAchieved()
    {
        var deadline = Jan1.AddDays(30);

        Attainment.Evaluate(AtLeast(50, deadline), "Лужский", Series((0, 40), (30, 45)), deadline, Options)
            .Status.Should().Be(AttainmentStatus.NotAchieved);
    }

    [Theory]
    // Last three points (days 0, 10, 20 → 40, 44, 45); the day −30 value 0 is ignored.
    // x̄ = 10, ȳ = 43, slope = ((−10)(−3) + 0 + 10·2)/(100 + 0 + 100) = 50/200 = 0.25 per day.
    // At the deadline (day 30): 43 + 0.25·(30 − 10) = 48.
    [InlineData(48, AttainmentStatus.OnTrack)]
    [InlineData(48.5, AttainmentStatus.AtRisk)]
    public void ProjectionIsTheLeastSquaresLineThroughTheLastThreeValues(double target, AttainmentStatus expected)
    {
        var status = Attainment.Evaluate(
            AtLeast(target, Jan1.AddDays(30)), "Лужский", Series((-30, 0), (0, 40), (10, 44), (20, 45)), Jan1.AddDays(25), Options);

        status.Projection.Should().BeApproximately(48, 1e-9);
        status.Value.Should().Be(45);
        status.Status.Should().Be(expected);
    }

    [Fact]
    public void WithOneValueTheProjectionIsThatValue()
    {
        // One value 40: «не менее 45» is not met yet and the flat projection 40 misses it → «риск».
        var series = Series((0, 40));
        var asOf = Jan1.AddDays(5);
        var deadline = Jan1.AddDays(100);

        var atRisk = Attainment.Evaluate(AtLeast(45, deadline), "Лужский", series, asOf, Options);
        atRisk.Projection.Should().Be(40);
        atRisk.StatusLabel.Should().Be("риск");

        var atMost = new Target("SHNOR_SHARE", "Доля ШНОР", null, deadline, 45, TargetCondition.AtMost);
        Attainment.Evaluate(atMost, "Лужский", series, asOf, Options).Status.Should().Be(AttainmentStatus.Achieved);
    }

    [Fact]
    public void RisingTrendThatReachesTheTargetIsOnTrack()
    {
        // 30 → 40 over 10 days: slope 1/day; at day 30: 35 + 1·(30 − 5) = 60 ≥ 55 → «в срок».
        var status = Attainment.Evaluate(AtLeast(55, Jan1.AddDays(30)), "Лужский", Series((0, 30), (10, 40)), Jan1.AddDays(12), Options);

        status.Projection.Should().BeApproximately(60, 1e-9);
        status.StatusLabel.Should().Be("в срок");
    }

    [Fact]
    public void NoValueOnOrBeforeTheCutoffIsNoData()
    {
        var status = Attainment.Evaluate(AtLeast(50, Jan1.AddDays(30)), "Лужский", Series((20, 60)), Jan1.AddDays(10), Options);

        status.Should().BeEquivalentTo(new { Value = (double?)null, Projection = (double?)null, Status = AttainmentStatus.NoData });
        status.StatusLabel.Should().Be("нет данных");
    }

    [Fact]
    public void TargetWithoutMunicipalityAppliesToEveryMunicipalityAndTheRegion()
    {
        var values = new[]
        {
            new IndicatorValue("DOP_5_18", "Лужский", Jan1, 60, 100),
            new IndicatorValue("DOP_5_18", "Кировский", Jan1, 40, 100),
            new IndicatorValue("DOP_5_18", "Ленинградская область", Jan1, 100, 200),
        };

        var statuses = Attainment.Compute(
            [AtLeast(50, Jan1.AddDays(10), null)], values, ["Лужский", "Кировский", "Тосненский"], Jan1.AddDays(20), Options);

        statuses.Select(s => (s.Municipality, s.StatusLabel)).Should().Equal(
            ("Кировский", "не достигнут"),
            ("Лужский", "достигнут"),
            ("Тосненский", "нет данных"),
            ("Ленинградская область", "достигнут"));
    }
}
