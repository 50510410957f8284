using Edu.Analytics.Methods;
using Edu.Analytics.Model;
using static Edu.Analytics.Tests.TestData;

namespace Edu.Analytics.Tests;

public class StableHighTests
{
    // Each year: a, b, c, d high and eight others at −0.5. With 12 values P75 has h = 8.25, between the 9th and
    // 10th smallest. 2022: {…, 0.8, 0.8, 0.9, 1.0} → P75 = 0.8; 2023: same → 0.8; 2024: {…, 0.9, 0.9, 0.9, 1.0} → 0.9.
    // So a, b, c, d are ≥ P75 in every year (c, d only thanks to the inclusive tie).
    // Means: a (1.0 + 0.9 + 1.0)/3 = 0.96667; b (0.9 + 1.0 + 0.9)/3 = 0.93333; c = d = (0.8 + 0.8 + 0.9)/3 = 0.83333.
    private static readonly Dictionary<string, double[]> Indexes = new()
    {
        ["a"] = [1.0, 0.9, 1.0],
        ["b"] = [0.9, 1.0, 0.9],
        ["c"] = [0.8, 0.8, 0.9],
        ["d"] = [0.8, 0.8, 0.9],
    };

    private static List<ResultIndexEntry> ResultIndexes()
    {
        var low = Enumerable.Range(1, 8).Select(i => ($"z{i}", new[] { -0.5, -0.5, -0.5 }));
        return Indexes.Select(kv => (kv.Key, kv.Value)).Concat(low)
            .SelectMany(s => s.Item2.Select((v, i) => new ResultIndexEntry(2022 + i, s.Item1, v, 1, 10)))
            .ToList();
    }

    private static readonly Dictionary<string, SchoolInfo> Schools = Registry(
        School("a", "Лужский"), School("b", "Лужский"), School("c", "Кировский"), School("d", "Кировский"));

    [Fact]
    public void RanksByMeanIndexWithTiesByLoginAndSelectsMunicipalBestThenNextBestRegionWide()
    {
        var options = new AnalyticsOptions { ExtraSelected = 1 };

        var entries = StableHigh.ComputeYear(2024, ResultIndexes(), new HashSet<(int, string)>(), Schools, options);

        entries.Select(e => (e.Login, e.Rank)).Should().Equal(("a", 1), ("b", 2), ("c", 3), ("d", 4));
        entries[0].MeanIndex.Should().BeApproximately(0.96667, 1e-5);
        // Municipal best: a (Лужский), c (Кировский); then the next best region-wide: b.
        entries.Where(e => e.Selected).Select(e => e.Login).Should().Equal("a", "b", "c");
        entries.Where(e => e.SelectedAsMunicipalBest).Select(e => e.Login).Should().Equal("a", "c");
    }

    [Fact]
    public void ObjectivityFlagInAnyOfTheThreeYearsRemovesTheSchoolButTheListSaysSo()
    {
        var options = new AnalyticsOptions { ExtraSelected = 1 };

        var entries = StableHigh.ComputeYear(2024, ResultIndexes(), new HashSet<(int, string)> { (2022, "a") }, Schools, options);

        var a = entries.Single(e => e.Login == "a");
        a.Should().BeEquivalentTo(new { ExcludedForObjectivity = true, Rank = (int?)null, Selected = false });
        // b becomes Лужский's best, c Кировский's, the one extra is d.
        entries.Where(e => e.Selected).Select(e => (e.Login, e.Rank)).Should().Equal(("b", 1), ("c", 2), ("d", 3));
    }

    [Fact]
    public void NeedsAllThreeYears()
    {
        var twoYears = ResultIndexes().Where(r => r.Year > 2022).ToList();

        StableHigh.Available(twoYears, 2024, Options).Should().BeFalse();
        StableHigh.ComputeYear(2024, twoYears, new HashSet<(int, string)>(), Schools, Options).Should().BeEmpty();
    }
}
