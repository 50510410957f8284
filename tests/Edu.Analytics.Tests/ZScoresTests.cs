using Edu.Analytics.Methods;

namespace Edu.Analytics.Tests;

public class ZScoresTests
{
    [Fact]
    public void UseTheSampleStandardDeviation()
    {
        // {2,4,4,4,5,5,7,9}: mean 5, Σ(x − 5)² = 32, sample sd = √(32/7) = 2.13809; z(9) = 4/2.13809 = 1.87083.
        // (The population sd would be 2 and give z = 2.)
        var values = new[] { 2.0, 4, 4, 4, 5, 5, 7, 9 }.Select((v, i) => (i, v)).ToDictionary(p => p.i, p => p.v);
        var z = ZScores.Compute(values);
        z[7].Should().BeApproximately(1.87083, 1e-5);
        z[0].Should().BeApproximately(-3 / 2.13809, 1e-5);
    }

    [Fact]
    public void OneValueHasNoZScore() =>
        ZScores.Compute(new Dictionary<string, double> { ["a"] = 3 }).Should().BeEmpty();

    [Fact]
    public void EqualValuesAllGetZeroZScore() =>
        ZScores.Compute(new Dictionary<string, double> { ["a"] = 3, ["b"] = 3 }).Values.Should().Equal(0, 0);
}
