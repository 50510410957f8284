using Edu.Analytics.Methods;
using static Edu.Analytics.Tests.TestData;

namespace Edu.Analytics.Tests;

public class ResultIndexTests
{
    [Fact]
    public void IsParticipantWeightedMeanOfProcedureZScores()
    {
        // Математика 5: means a 3, b 4, c 5 → mean 4, sd 1 → z a −1, b 0, c +1.
        // Русский 5: means a 4, b 3 → mean 3.5, sd √0.5 = 0.70711 → z a +0.70711, b −0.70711.
        // a: (10·(−1) + 30·0.70711)/40 = (−10 + 21.2132)/40 = 0.28033.
        // b: (10·0 + 30·(−0.70711))/40 = −0.53033. c: +1 (one procedure).
        // d (9 participants) is not counted and gets no index.
        var marks = new[]
        {
            AllMarks(2024, "a", Math5, 10, 3),
            AllMarks(2024, "b", Math5, 10, 4),
            AllMarks(2024, "c", Math5, 10, 5),
            AllMarks(2024, "d", Math5, 9, 2),
            AllMarks(2024, "a", Russian5, 30, 4),
            AllMarks(2024, "b", Russian5, 30, 3),
        };

        var index = ResultIndex.Compute(ProcedureResults.Compute([], marks, [], Options)).ToDictionary(e => e.Login);

        index.Keys.Should().Equal("a", "b", "c");
        index["a"].Index.Should().BeApproximately(0.28033, 1e-5);
        index["b"].Index.Should().BeApproximately(-0.53033, 1e-5);
        index["c"].Index.Should().BeApproximately(1, 1e-12);
        index["a"].Participants.Should().Be(40);
    }

    [Fact]
    public void ProcedureCountedForOnlyOneSchoolGivesNoZScore()
    {
        // Only «a» is counted in Русский 5: no comparison, so «a» has only its Математика z.
        var marks = new[]
        {
            AllMarks(2024, "a", Math5, 10, 3),
            AllMarks(2024, "b", Math5, 10, 5),
            AllMarks(2024, "a", Russian5, 10, 5),
        };

        var index = ResultIndex.Compute(ProcedureResults.Compute([], marks, [], Options)).ToDictionary(e => e.Login);

        // Математика: means 3, 5 → mean 4, sd √2 → z a = −1/√2 = −0.70711.
        index["a"].Procedures.Should().Be(1);
        index["a"].Index.Should().BeApproximately(-0.70711, 1e-5);
    }
}
