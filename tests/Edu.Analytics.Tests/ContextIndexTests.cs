using Edu.Analytics.Methods;
using Edu.Analytics.Model;

namespace Edu.Analytics.Tests;

public class ContextIndexTests
{
    private static SchoolContext Row(string login, double? lowIncome = null, double? parents = null, double? staffing = null, double? ovz = null, double? nonNative = null) =>
        new(2024, login, lowIncome, ovz, nonNative, parents, null, staffing);

    [Fact]
    public void SignedZScoresAreAveragedAndFewerThanThreeSharesGiveNoIndex()
    {
        // Малообеспеченные (−): a 10, b 20, c 30 → mean 20, sd 10 → z −1, 0, 1 → signed +1, 0, −1.
        // Родители с ВО (+): a 60, b 40, c 50, d 50 → mean 50, sd √(200/3) = 8.16497 → z a +1.22474, b −1.22474, c 0, d 0.
        // Укомплектованность (+): a 100, b 90, c 80 → z +1, 0, −1.
        // a = (1 + 1.22474 + 1)/3 = 1.07491; b = (0 − 1.22474 + 0)/3 = −0.40825; c = (−1 + 0 − 1)/3 = −0.66667.
        // d has one share → no index.
        // P25 of {−0.66667, −0.40825, 1.07491}: h = 0.5 → −0.66667 + 0.5·0.25842 = −0.53746 → only c is ШФНСУ.
        var rows = new[]
        {
            Row("a", 10, 60, 100),
            Row("b", 20, 40, 90),
            Row("c", 30, 50, 80),
            Row("d", parents: 50),
        };

        var entries = ContextIndex.Compute(rows, [], TestData.Options).ToDictionary(e => e.Login);

        entries["a"].Index.Should().BeApproximately(1.07491, 1e-5);
        entries["b"].Index.Should().BeApproximately(-0.40825, 1e-5);
        entries["c"].Index.Should().BeApproximately(-0.66667, 1e-5);
        entries["d"].Index.Should().BeNull();
        entries["d"].SharesUsed.Should().Be(1);
        entries.Values.Where(e => e.IsDisadvantaged).Select(e => e.Login).Should().Equal("c");
    }

    [Fact]
    public void SchoolsTiedExactlyAtP25AreAllDisadvantaged()
    {
        // Three negative shares, the same values on each: s1 = s2 = 30, s3 20, s4 10, s5 0.
        // Identical z on every share, so s1 and s2 tie at the lowest index; P25 (h = 1) is the 2nd value = that tie.
        // Inclusive ≤ P25 → both s1 and s2 are ШФНСУ (2 of 5 schools), s3 is not.
        var rows = new[] { ("s1", 30.0), ("s2", 30.0), ("s3", 20.0), ("s4", 10.0), ("s5", 0.0) }
            .Select(p => Row(p.Item1, lowIncome: p.Item2, ovz: p.Item2, nonNative: p.Item2))
            .ToList();

        var entries = ContextIndex.Compute(rows, [], TestData.Options);

        entries.Where(e => e.IsDisadvantaged).Select(e => e.Login).Should().Equal("s1", "s2");
    }

    [Fact]
    public void ZeroWeightLeavesAShareOutOfTheIndex()
    {
        // With the staffing weight at 0, a and b have two usable shares, below the minimum of 3.
        var rows = new[] { Row("a", 10, 60, 100), Row("b", 20, 40, 90), Row("c", 30, 50, 80) };
        var options = new AnalyticsOptions { WeightStaffing = 0 };

        ContextIndex.Compute(rows, [], options).Should().OnlyContain(e => e.Index == null && e.SharesUsed == 2);
    }
}
