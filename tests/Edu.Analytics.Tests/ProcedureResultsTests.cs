using Edu.Analytics.Methods;
using Edu.Analytics.Model;
using static Edu.Analytics.Tests.TestData;

namespace Edu.Analytics.Tests;

public class ProcedureResultsTests
{
    [Fact]
    public void IndividualWorksGiveMarkCountsMeanMarkLowShareAndMeanPrimaryScore()
    {
        // Marks 2,2,2,3,3,4,4,4,5,5: mean = (3·2 + 2·3 + 3·4 + 2·5)/10 = 34/10 = 3.4; low = 3/10 = 30%.
        // Primary score equals the mark here, so its mean is 3.4 too.
        var works = Works(2024, "sch470001", Math5, 2, 2, 2, 3, 3, 4, 4, 4, 5, 5).ToList();

        var result = ProcedureResults.Compute(WorkGroup.Of(works), [], [], Options).Single();

        result.Participants.Should().Be(10);
        result.IsCounted.Should().BeTrue();
        result.Marks.Should().Be(new MarkCounts(3, 2, 3, 2));
        result.Mean.Should().BeApproximately(3.4, 1e-12);
        result.LowSharePct.Should().BeApproximately(30, 1e-12);
        result.MeanPrimaryScore.Should().BeApproximately(3.4, 1e-12);
    }

    [Theory]
    [InlineData(9, false)]
    [InlineData(10, true)]
    public void MinParticipantsIsInclusiveAtTen(int participants, bool counted)
    {
        var works = Works(2024, "sch470001", Math5, Enumerable.Repeat(3, participants).ToArray()).ToList();
        var marks = new[] { LowShare(2024, "sch470002", Math5, 50, participants) };
        var ege = new[] { new EgeSchoolResult(2024, "sch470003", "Математика профильная", participants, 60, 5) };

        var results = ProcedureResults.Compute(WorkGroup.Of(works), marks, ege, Options);

        results.Should().HaveCount(3).And.OnlyContain(r => r.IsCounted == counted);
        results.Should().OnlyContain(r => r.StatusLabel == (counted ? Labels.Counted : "недостаточно данных"));
    }

    [Fact]
    public void WorksWithoutAMarkAreNotParticipants()
    {
        // 9 marked works + 3 without a mark: 9 participants, below 10.
        var works = Works(2024, "sch470001", Math5, 3, 3, 3, 3, 3, 3, 3, 3, 3)
            .Concat(Enumerable.Repeat(new IndividualWork(2024, "sch470001", Math5, null, null, null), 3))
            .ToList();

        var result = ProcedureResults.Compute(WorkGroup.Of(works), [], [], Options).Single();

        result.Participants.Should().Be(9);
        result.IsCounted.Should().BeFalse();
    }

    [Fact]
    public void VprMarksMeanIsSumOfMarkTimesShareOverHundredAndLowShareIsShareOfTwos()
    {
        // Shares 20/30/40/10: mean = (2·20 + 3·30 + 4·40 + 5·10)/100 = (40 + 90 + 160 + 50)/100 = 3.4.
        var row = new MarkShares(2024, "sch470001", Math5, 25, 20, 30, 40, 10);

        var result = ProcedureResults.Compute([], [row], [], Options).Single();

        result.Source.Should().Be(ResultSource.VprMarks);
        result.Mean.Should().BeApproximately(3.4, 1e-12);
        result.LowSharePct.Should().Be(20);
    }

    [Fact]
    public void VprMarksRowWithoutSharesIsNotEnoughDataNeverAMeanOfZero()
    {
        // 25 participants, every share «н/д»: no participant has a known mark, so nothing is counted or averaged.
        var row = new MarkShares(2024, "sch470001", Math5, 25, null, null, null, null);

        var result = ProcedureResults.Compute([], [row], [], Options).Single();

        result.Participants.Should().Be(25);
        result.IsCounted.Should().BeFalse();
        result.Mean.Should().BeNull();
        result.LowSharePct.Should().BeNull();
        ResultIndex.ProcedureZScores([result]).Should().BeEmpty();
    }

    [Fact]
    public void IndividualResultsWinOverVprMarksForTheSameSchoolProcedureYearEvenWhenTooFew()
    {
        var works = Works(2024, "sch470001", Math5, 5, 5, 5).ToList();
        var marks = new[]
        {
            LowShare(2024, "sch470001", Math5, 60),
            LowShare(2024, "sch470001", Russian5, 60),
            LowShare(2023, "sch470001", Math5, 60),
        };

        var results = ProcedureResults.Compute(WorkGroup.Of(works), marks, [], Options);

        results.Should().HaveCount(3);
        results.Single(r => r.Year == 2024 && r.Procedure == Math5).Source.Should().Be(ResultSource.IndividualWorks);
        results.Where(r => r.Source == ResultSource.VprMarks).Should().HaveCount(2);
    }

    [Fact]
    public void EgeLowShareIsBelowMinimumOverParticipantsAndMeanIsTheTestScore()
    {
        // 3 of 12 below the minimum: 3/12 = 25%.
        var ege = new EgeSchoolResult(2024, "sch470001", "Математика профильная", 12, 61.5, 3);

        var result = ProcedureResults.Compute([], [], [ege], Options).Single();

        result.Procedure.Should().Be(new ProcedureKey(ProcedureKind.Ege, "Математика профильная", 11));
        result.LowSharePct.Should().Be(25);
        result.Mean.Should().Be(61.5);
    }

    [Fact]
    public void OgeIsComputedFromIndividualWorks()
    {
        // 10 works: four «2» → 40%.
        var works = Works(2024, "sch470001", OgeRussian, 2, 2, 2, 2, 3, 3, 3, 4, 4, 5).ToList();

        var result = ProcedureResults.Compute(WorkGroup.Of(works), [], [], Options).Single();

        result.Procedure.Kind.Should().Be(ProcedureKind.Oge);
        result.LowSharePct.Should().Be(40);
        result.Mean.Should().BeApproximately(3.0, 1e-12); // (8 + 9 + 8 + 5)/10 = 3.0
    }
}
