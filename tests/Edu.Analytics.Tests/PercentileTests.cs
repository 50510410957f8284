using Edu.Analytics.Methods;

namespace Edu.Analytics.Tests;

public class PercentileTests
{
    [Theory]
    // Excel: =PERCENTILE.INC({1,2,3,4}; 0,25) = 1,75 → h = 3·0.25 = 0.75, 1 + 0.75·(2 − 1).
    [InlineData(new double[] { 1, 2, 3, 4 }, 0.25, 1.75)]
    // Excel: =PERCENTILE.INC({1,2,3,4}; 0,75) = 3,25 → h = 2.25, 3 + 0.25·1.
    [InlineData(new double[] { 1, 2, 3, 4 }, 0.75, 3.25)]
    // Excel: =PERCENTILE.INC({15,20,35,40,50}; 0,4) = 29 → h = 1.6, 20 + 0.6·15.
    [InlineData(new double[] { 50, 15, 40, 20, 35 }, 0.4, 29)]
    // Excel: =PERCENTILE.INC({3,6,7,8,8,10,13,15,16,20}; 0,25) = 7,25 → h = 2.25, 7 + 0.25·1.
    [InlineData(new double[] { 3, 6, 7, 8, 8, 10, 13, 15, 16, 20 }, 0.25, 7.25)]
    // Same data, 0.75: h = 6.75, 13 + 0.75·2 = 14.5.
    [InlineData(new double[] { 3, 6, 7, 8, 8, 10, 13, 15, 16, 20 }, 0.75, 14.5)]
    [InlineData(new double[] { 7 }, 0.75, 7)]
    [InlineData(new double[] { 1, 9 }, 0, 1)]
    [InlineData(new double[] { 1, 9 }, 1, 9)]
    public void MatchesExcelPercentileInc(double[] values, double p, double expected) =>
        Percentile.Inc(values, p).Should().BeApproximately(expected, 1e-12);

    [Fact]
    public void TieAtTheBoundaryReturnsTheTiedValueExactlySoInclusiveComparisonKeepsEveryTiedSchool()
    {
        // {0.1, 0.2, 0.7, 0.7, 0.7}: P75 has h = 3, between the 4th and 5th values, both 0.7.
        var values = new[] { 0.7, 0.1, 0.7, 0.2, 0.7 };
        var p75 = Percentile.Inc(values, 0.75);
        p75.Should().Be(0.7);
        values.Count(v => v >= p75).Should().Be(3);
    }

    [Fact]
    public void EmptyInputIsAnError() =>
        FluentActions.Invoking(() => Percentile.Inc([], 0.5)).Should().Throw<ArgumentException>();
}
