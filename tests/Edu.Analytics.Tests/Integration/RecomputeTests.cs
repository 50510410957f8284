using Edu.Analytics.Storage;

namespace Edu.Analytics.Tests.Integration;

/// <summary>A recompute replaces the stored results and gives the same tables every time.</summary>
[Collection(RegionCollection.Name)]
public class RecomputeTests(RegionFixture fixture)
{
    private readonly LoadedRegion _region = fixture.Region;

    private Dictionary<string, List<string>> Snapshot() =>
        ResultTables.Replaced.Where(t => t != ResultTables.Messages).ToDictionary(
            t => t,
            t => ResultRows.Read(_region.Database, $"SELECT * FROM {t} ORDER BY ALL")
                .Select(r => string.Join("|", r.Select(v => v switch
                {
                    null => "∅",
                    double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
                    System.Collections.IEnumerable list and not string => string.Join(",", list.Cast<object>()),
                    _ => v.ToString(),
                })))
                .ToList());

    [Fact]
    public void RecomputingTheSameDataGivesTheSameTables()
    {
        var before = Snapshot();
        var messagesBefore = ResultRows.Read(_region.Database, "SELECT message FROM computation_messages ORDER BY seq").Select(r => r[0]).ToList();
        var computations = ResultRows.Read(_region.Database, "SELECT count(*) FROM analytics_computations")[0][0];

        var report = AnalyticsService.Recompute(_region.Database, _region.Options, _region.Time);

        Snapshot().Should().BeEquivalentTo(before, o => o.WithStrictOrdering());
        ResultRows.Read(_region.Database, "SELECT message FROM computation_messages ORDER BY seq").Select(r => r[0]).Should().Equal(messagesBefore);
        ResultRows.Read(_region.Database, "SELECT count(*) FROM analytics_computations")[0][0].Should().Be((long)computations! + 1);
        report.Years.Should().BeEquivalentTo(_region.Report.Years);
    }

    [Fact]
    public void TheComputationRecordSaysWhenAndAsOfWhen()
    {
        var row = ResultRows.Read(_region.Database, "SELECT as_of, years, schools, individual_works FROM analytics_computations ORDER BY computation_id LIMIT 1")[0];

        (row[0] switch { DateOnly d => d, DateTime t => DateOnly.FromDateTime(t), _ => default }).Should().Be(new DateOnly(2025, 9, 1));
        row[2].Should().Be(350);
        ((long)row[3]!).Should().BeGreaterThan(100_000);
    }
}
