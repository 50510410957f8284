using Edu.Analytics.Charts;
using Edu.Analytics.Model;

namespace Edu.Analytics.Tests.Charts;

/// <summary>Marks ↔ shares, the one rule behind a school's table of results and the distribution of marks.</summary>
public class MarkDistributionTests
{
    [Fact]
    public void CountsGiveSharesOfAllMarks()
    {
        // 1 + 2 + 3 + 4 = 10 marks: 10 %, 20 %, 30 %, 40 %.
        var marks = MarkDistribution.FromCounts(new PerMark(1, 2, 3, 4));

        marks.Counts.Should().Be(new PerMark(1, 2, 3, 4));
        marks.Shares.Should().NotBeNull();
        marks.Shares!.Value.Two.Should().BeApproximately(10, 1e-12);
        marks.Shares.Value.Three.Should().BeApproximately(20, 1e-12);
        marks.Shares.Value.Four.Should().BeApproximately(30, 1e-12);
        marks.Shares.Value.Five.Should().BeApproximately(40, 1e-12);
    }

    [Fact]
    public void NoMarkAtAllHasNoShares() =>
        MarkDistribution.FromCounts(new PerMark(0, 0, 0, 0)).Shares.Should().BeNull();

    [Fact]
    public void SharesAreKeptAsLoadedAndGiveCountsOfTheParticipants()
    {
        // 48 participants with 10,5 / 45,3 / 34,2 / 10 %: 5,04 / 21,744 / 16,416 / 4,8 marks. The shares sum to 100,0.
        var marks = MarkDistribution.FromShares(48, new PerMark(10.5, 45.3, 34.2, 10));

        marks.Shares.Should().Be(new PerMark(10.5, 45.3, 34.2, 10));
        marks.Counts.Two.Should().BeApproximately(5.04, 1e-12);
        marks.Counts.Three.Should().BeApproximately(21.744, 1e-12);
        marks.Counts.Four.Should().BeApproximately(16.416, 1e-12);
        marks.Counts.Five.Should().BeApproximately(4.8, 1e-12);
    }

    [Fact]
    public void SharesThatSumToNearly100StayAsLoaded()
    {
        // 20 participants, 10 / 30 / 40 / 19,5 % = 99,5 % (within the loader's 100 ± 1): the row shows 19,5, not 19,6.
        var marks = MarkDistribution.FromShares(20, new PerMark(10, 30, 40, 19.5));

        marks.Shares!.Value.Five.Should().Be(19.5);
        marks.Counts.Total.Should().BeApproximately(19.9, 1e-12);
    }

    [Fact]
    public void SharesComeFromTheSummedCountsOfTheSchools()
    {
        // School A 2/3/4/5 = 1/2/3/4, school B 0/0/5/5: the municipality has 1/2/8/9 of 20 marks.
        var bars = MarksDistribution.Series([Marks("a", "ВПР · Математика · 5", 1, 2, 3, 4), Marks("b", "ВПР · Математика · 5", 0, 0, 5, 5)]);
        bars.Should().ContainSingle();
        var bar = bars[0];
        bar.Marks.Should().Be(20);
        bar.Shares.Two.Should().BeApproximately(5, 1e-9);
        bar.Shares.Three.Should().BeApproximately(10, 1e-9);
        bar.Shares.Four.Should().BeApproximately(40, 1e-9);
        bar.Shares.Five.Should().BeApproximately(45, 1e-9);
        // The mean of the two schools' shares would have given «2» = 5 % too, but «4» = (30 + 50) / 2 = 40 and «5» = 45 only by chance:
        // a smaller school B shows the difference.
        var small = MarksDistribution.Series([Marks("a", "p", 1, 2, 3, 4), Marks("b", "p", 0, 0, 1, 1)])[0];
        small.Shares.Four.Should().BeApproximately(100.0 * 4 / 12, 1e-9);
    }

    [Fact]
    public void SharesOfLoadedStatisticsWeighSchoolsByParticipants()
    {
        // 48 × 10,5 % = 5,04 and 75 × 2 % = 1,5 marks «2» of 123: 6,54 / 123 = 5,317…%, not (10,5 + 2) / 2 = 6,25 %.
        var bar = MarksDistribution.Series(
        [
            new SchoolMarks("a", "p", MarkDistribution.FromShares(48, new PerMark(10.5, 45.3, 34.2, 10))),
            new SchoolMarks("b", "p", MarkDistribution.FromShares(75, new PerMark(2, 28, 40, 30))),
        ])[0];

        bar.Marks.Should().BeApproximately(123, 1e-9);
        bar.Shares.Two.Should().BeApproximately(6.54 / 123 * 100, 1e-9);
    }

    [Fact]
    public void TheMostWrittenProceduresAreKeptInTheirOrderAndEmptyOnesDropped()
    {
        var rows = new[]
        {
            Marks("a", "ВПР · Математика · 5", 1, 1, 1, 1),
            Marks("a", "ВПР · Русский язык · 5", 10, 10, 10, 10),
            Marks("a", "ОГЭ · Математика · 9", 5, 5, 5, 5),
            Marks("a", "ОГЭ · Химия · 9", 0, 0, 0, 0),
        };
        MarksDistribution.Series(rows, max: 2).Select(b => b.Procedure).Should().Equal("ВПР · Русский язык · 5", "ОГЭ · Математика · 9");
        MarksDistribution.Series(rows).Select(b => b.Procedure).Should().Equal("ВПР · Математика · 5", "ВПР · Русский язык · 5", "ОГЭ · Математика · 9");
    }

    private static SchoolMarks Marks(string login, string procedure, double two, double three, double four, double five) =>
        new(login, procedure, MarkDistribution.FromCounts(new PerMark(two, three, four, five)));
}
