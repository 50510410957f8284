using System.Text.Json;
using Edu.Analytics.Model;
using Edu.Analytics.Storage;

namespace Edu.Analytics.Tests.Integration;

/// <summary>
/// The recompute lets go of the individual works once the engine has scored them (AnalyticsService): what the engine
/// computes after that, without them, is what it computes with the whole input.
/// </summary>
[Collection(RegionCollection.Name)]
public sealed class ScoredComputeTests(RegionFixture fixture)
{
    private static readonly DateOnly AsOf = new(2025, 9, 1);

    [Fact]
    public void TheRestComputedWithoutTheWorksIsWhatTheWholeInputGives()
    {
        var options = fixture.Region.Options;
        AnalyticsInput input;
        using (var connection = fixture.Region.Database.Open())
        {
            input = AnalyticsInputReader.Read(connection, []);
        }

        var whole = AnalyticsEngine.Compute(input, options, AsOf);

        var results = AnalyticsEngine.ComputeProcedureResults(input, options);
        var scores = AnalyticsEngine.Score(input with { VprMarks = [], Ege = [], TaskSums = [] }, results, options);
        var rest = AnalyticsEngine.Compute(input with { Works = [], VprMarks = [], Ege = [], TaskSums = [] }, results, scores, options, AsOf);

        input.Works.Should().NotBeEmpty();
        whole.Objectivity.Should().NotBeEmpty();
        // Every figure to the last bit, in order: doubles are written so that they read back the same.
        JsonSerializer.Serialize(rest).Should().Be(JsonSerializer.Serialize(whole with { TaskResults = [] }));
    }
}
