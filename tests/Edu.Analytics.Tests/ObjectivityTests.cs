using Edu.Analytics.Methods;
using Edu.Analytics.Model;
using static Edu.Analytics.Tests.TestData;

namespace Edu.Analytics.Tests;

public class ObjectivityTests
{
    private const int Year = 2024;

    // School «a»: scores 18..22 twice → mean 20, Σ(x − 20)² = 2·(4 + 1 + 0 + 1 + 4) = 20, s = √(20/9) = 1.49071,
    // lower = 20 − 1.96·1.49071/√10 = 20 − 0.92396 = 19.07604.
    // School «b»: scores 8..12 twice → mean 10. Region (20 works): mean 15, Σ(x − 15)² = 2·(250 + 20) = 540,
    // s = √(540/19) = 5.33114, upper = 15 + 1.96·5.33114/√20 = 15 + 2.33648 = 17.33648 < 19.07604 → «a» is high.
    private static readonly double[] HighScores = [18, 19, 20, 21, 22, 18, 19, 20, 21, 22];
    private static readonly double[] LowScores = [8, 9, 10, 11, 12, 8, 9, 10, 11, 12];

    private static IReadOnlyList<ObjectivityEntry> Run(
        IReadOnlyList<IndividualWork> works, Dictionary<string, SchoolInfo> schools, params MarkShares[] otherResults)
    {
        var results = ProcedureResults.Compute(WorkGroup.Of(works), otherResults, [], Options);
        return Objectivity.Compute(WorkGroup.Of(works), results, ResultIndex.ProcedureZScores(results), schools, Options);
    }

    private static List<IndividualWork> RegionWorks() =>
        Scored(Year, "a", Math5, HighScores).Concat(Scored(Year, "b", Math5, LowScores)).ToList();

    [Fact]
    public void InflatedMeanWhenLowerBoundExceedsRegionUpperBoundAndNoOtherResults()
    {
        var entries = Run(RegionWorks(), Registry(School("a"), School("b"))).ToDictionary(e => e.Login);

        entries["a"].SchoolLowerBound.Should().BeApproximately(19.07604, 1e-5);
        entries["a"].RegionUpperBound.Should().BeApproximately(17.33648, 1e-5);
        entries["a"].OtherResultsZ.Should().BeNull();
        entries["a"].InflatedMean.Should().BeTrue();
        entries["a"].Flagged.Should().BeTrue();
        entries["b"].InflatedMean.Should().BeFalse();
    }

    [Fact]
    public void RegionIntervalLeavesOutTheWorksOfUncountedSchoolProcedures()
    {
        // c writes 9 works (< 10: «недостаточно данных»), all scored 0. It takes part in no rule, so the region's
        // interval is still a's and b's 20 works: upper = 17.33648 as above. (With c's 9 zeros the region would be
        // 29 works, mean 300/29 = 10.34483, and a far wider interval.)
        var works = RegionWorks().Concat(Scored(Year, "c", Math5, 0, 0, 0, 0, 0, 0, 0, 0, 0)).ToList();

        var entries = Run(works, Registry(School("a"), School("b"), School("c"))).ToDictionary(e => e.Login);

        entries.Keys.Should().BeEquivalentTo("a", "b");
        entries["a"].RegionUpperBound.Should().BeApproximately(17.33648, 1e-5);
        entries["a"].InflatedMean.Should().BeTrue();
    }

    [Theory]
    [InlineData("лицей")]
    [InlineData("Лицей")]
    [InlineData("гимназия")]
    [InlineData("МОУ Гимназия")]
    [InlineData("МБОУ «ЛИЦЕЙ»")]
    [InlineData(" лицей ")]
    public void LyceumAndGymnasiumAreExemptFromInflatedMeanInAnySpelling(string type)
    {
        var entry = Run(RegionWorks(), Registry(School("a", type: type), School("b"))).Single(e => e.Login == "a");

        entry.ExemptByType.Should().BeTrue();
        entry.InflatedMean.Should().BeFalse();
    }

    [Fact]
    public void ConfiguredExemptTypesMatchTheRegistryInAnySpelling()
    {
        var options = new AnalyticsOptions { ExemptSchoolTypes = "Гимназия ; «ЛИЦЕЙ»" };
        var works = WorkGroup.Of(RegionWorks());
        var results = ProcedureResults.Compute(works, [], [], options);

        var entry = Objectivity.Compute(works, results, ResultIndex.ProcedureZScores(results), Registry(School("a", type: "МОУ гимназия"), School("b")), options)
            .Single(e => e.Login == "a");

        entry.ExemptByType.Should().BeTrue();
        entry.InflatedMean.Should().BeFalse();
    }

    [Fact]
    public void OtherResultsAtOrAboveZeroConfirmTheHighMean()
    {
        // Русский 5 from vpr-marks: a all «4», b all «3» → z a = +0.70711 ≥ 0 → confirmed, not inflated.
        var entry = Run(
                RegionWorks(),
                Registry(School("a"), School("b")),
                AllMarks(Year, "a", Russian5, 20, 4),
                AllMarks(Year, "b", Russian5, 20, 3))
            .Single(e => e.Login == "a");

        entry.OtherResultsZ.Should().BeApproximately(0.70711, 1e-5);
        entry.InflatedMean.Should().BeFalse();
    }

    [Fact]
    public void OtherResultsBelowZeroDoNotConfirmTheHighMean()
    {
        // a all «3», b all «4» → z a = −0.70711 < 0 → still inflated.
        var entry = Run(
                RegionWorks(),
                Registry(School("a"), School("b")),
                AllMarks(Year, "a", Russian5, 20, 3),
                AllMarks(Year, "b", Russian5, 20, 4))
            .Single(e => e.Login == "a");

        entry.OtherResultsZ.Should().BeApproximately(-0.70711, 1e-5);
        entry.InflatedMean.Should().BeTrue();
    }

    [Fact]
    public void ConfidenceIntervalOfOneValueDoesNotExistAndOfTwoValuesUsesSampleSd()
    {
        ConfidenceInterval.Of([30.0], 1.96).Should().BeNull();

        // {10, 12}: mean 11, s = √2, half = 1.96·√2/√2 = 1.96 → (9.04, 12.96).
        var interval = ConfidenceInterval.Of([10.0, 12.0], 1.96)!.Value;
        interval.Lower.Should().BeApproximately(9.04, 1e-12);
        interval.Upper.Should().BeApproximately(12.96, 1e-12);
    }

    [Fact]
    public void SchoolWithOnePrimaryScoreHasNoIntervalAndIsNotFlaggedAsInflated()
    {
        // «a» has 10 marked works (counted) but only one primary score, far above the region.
        var works = new[] { new IndividualWork(Year, "a", Math5, 30, 4, 4) }
            .Concat(Enumerable.Repeat(new IndividualWork(Year, "a", Math5, null, 4, 4), 9))
            .Concat(Scored(Year, "b", Math5, LowScores))
            .ToList();

        var entry = Run(works, Registry(School("a"), School("b"))).Single(e => e.Login == "a");

        entry.SchoolLowerBound.Should().BeNull();
        entry.InflatedMean.Should().BeFalse();
    }

    [Fact]
    public void SpearmanUsesAverageRanksForTies()
    {
        // x = {1, 2, 2, 3} → ranks {1, 2.5, 2.5, 4}; y = {1, 3, 2, 4} → ranks as is.
        // Deviations from 2.5: x {−1.5, 0, 0, 1.5}, y {−1.5, 0.5, −0.5, 1.5}: Σxy = 4.5, Σx² = 4.5, Σy² = 5.
        // ρ = 4.5/√(4.5·5) = 0.948683 (scipy.stats.spearmanr gives the same).
        Spearman.Correlation([1, 2, 2, 3], [1, 3, 2, 4]).Should().BeApproximately(0.948683, 1e-6);
        Spearman.AverageRanks([5, 1, 5, 5]).Should().Equal(3, 1, 3, 3);
        Spearman.Correlation([4, 4, 4], [1, 2, 3]).Should().BeNull();
    }

    [Fact]
    public void ASharedSpearmanWorkspaceGivesWhatAFreshOneGives()
    {
        // Objectivity passes one workspace to every school: a short sample after a long one must not see the long one's values.
        var random = new Random(11);
        var workspace = new Spearman.Workspace(40);
        foreach (var length in new[] { 40, 7, 23, 3, 40, 12 })
        {
            double[] x = [.. Enumerable.Range(0, length).Select(_ => (double)random.Next(2, 6))];
            double[] y = [.. Enumerable.Range(0, length).Select(_ => random.Next(0, 30) / 2.0)];

            Spearman.Correlation(x, y, workspace).Should().Be(Spearman.Correlation(x, y));
        }
    }

    [Theory]
    [InlineData(9, false)]
    [InlineData(10, true)]
    public void JournalMismatchNeedsNegativeSpearmanOverAtLeastTenPairs(int pairs, bool flagged)
    {
        // Scores 1..n; journal «5» for scores 1..5 and «3» above: the journal contradicts the scores.
        // For n = 10: journal ranks {8×5, 3×5} against 1..10 → ρ = −62.5/√(62.5·82.5) = −0.870388.
        var works = Enumerable.Range(1, pairs)
            .Select(i => new IndividualWork(Year, "a", Math5, i, i <= 5 ? 5 : 3, i <= 5 ? 5 : 3))
            .ToList();
        var options = new AnalyticsOptions { MinParticipants = 5 };
        var results = ProcedureResults.Compute(WorkGroup.Of(works), [], [], options);

        var entry = Objectivity.Compute(WorkGroup.Of(works), results, [], Registry(School("a")), options).Single();

        entry.SpearmanPairs.Should().Be(pairs);
        entry.JournalMismatch.Should().Be(flagged);
        if (flagged)
        {
            entry.Spearman.Should().BeApproximately(-0.870388, 1e-6);
        }
        else
        {
            entry.Spearman.Should().BeNull();
        }
    }

    [Fact]
    public void MarksVsJournalFlagsAtFiftyPercentLoweredPlusRaised()
    {
        // 3 lowered (3 < 4), 2 raised (5 > 4), 5 confirmed → 30/50/20 %, 30 + 20 = 50 ≥ 50 → flagged.
        int[] marks = [3, 3, 3, 5, 5, 4, 4, 4, 4, 4];
        var works = marks.Select(m => new IndividualWork(Year, "a", Math5, m, m, 4)).ToList();

        var entry = Run(works, Registry(School("a"))).Single();

        entry.LoweredPct.Should().Be(30);
        entry.ConfirmedPct.Should().Be(50);
        entry.RaisedPct.Should().Be(20);
        entry.MarksVsJournal.Should().BeTrue();
    }

    [Fact]
    public void MarksVsJournalBelowFiftyPercentIsNotFlagged()
    {
        // 4 lowered of 10 = 40% < 50.
        int[] marks = [3, 3, 3, 3, 4, 4, 4, 4, 4, 4];
        var works = marks.Select(m => new IndividualWork(Year, "a", Math5, m, m, 4)).ToList();

        Run(works, Registry(School("a"))).Single().MarksVsJournal.Should().BeFalse();
    }

    [Fact]
    public void OnlyCountedVprProceduresWithIndividualDataAreChecked()
    {
        // ОГЭ works and a 9-participant ВПР are not checked.
        var works = Works(Year, "a", OgeRussian, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3)
            .Concat(Works(Year, "a", Math5, 3, 3, 3, 3, 3, 3, 3, 3, 3))
            .ToList();

        Run(works, Registry(School("a"))).Should().BeEmpty();
    }

    [Fact]
    public void LevelIsHundredMinusPercentFlaggedAmongSchoolsWithACountedIndividualVprProcedure()
    {
        // Лужский: a flagged, b clean; c has only 5 works (not counted: no entry) and takes part in no rule,
        // the level included → 100 − 1/2·100 = 50. Кировский: d clean → 100. Region: 1 flagged of 3 → 100 − 33.333 = 66.667.
        // (Before SPEC's rewording c was «with data»: Лужский 66.667, region 75.)
        var schools = Registry(School("a"), School("b"), School("c"), School("d", municipality: "Кировский"));
        ObjectivityEntry Entry(string login, bool flagged) =>
            new(Year, login, Math5, 10, null, null, false, null, false, null, 0, false, null, null, null, flagged);

        var levels = Objectivity.Levels([Entry("a", true), Entry("b", false), Entry("d", false)], schools)
            .ToDictionary(l => l.Scope);

        levels["Лужский"].Should().BeEquivalentTo(new { SchoolsWithData = 2, FlaggedSchools = 1 });
        levels["Лужский"].Level.Should().Be(50);
        levels["Кировский"].Level.Should().Be(100);
        levels["Ленинградская область"].Should().BeEquivalentTo(new { SchoolsWithData = 3, FlaggedSchools = 1 });
        levels["Ленинградская область"].Level.Should().BeApproximately(66.667, 1e-3);
    }

    [Fact]
    public void SchoolWhoseOnlyIndividualProcedureHasNineWorksIsInNeitherPartOfTheObjectivityIndicator()
    {
        // Математика 5, 2024. a (Лужский): marks 3,3,3,5,5,4,4,4,4,4 against journal «4» → 3 lowered + 2 raised = 50% → flagged.
        // b (Лужский) and d (Кировский): ten «4» with journal «4» → clean. Inflated mean cannot fire: the region's counted scores
        // (a, b, d: 30 works, mean 119/30 = 3.96667, s = √(4.96667/29) = 0.41384) give upper = 3.96667 + 1.96·0.41384/√30 = 4.11476,
        // above every school's lower bound (b, d: 4; a: below its mean 3.9). Spearman: every journal mark is «4», undefined → no flag.
        // c (Лужский) and e (Кировский) write 9 works each, every mark «5» against journal «3» (100% raised): counted they
        // would be flagged, but with 9 < 10 participants they are «недостаточно данных» and take part in no rule.
        // OBJECTIVITY 30.06.2024: Лужский 1 clean / 2 = 50; Кировский 1 / 1 = 100; region Σ/Σ = (1 + 1) / (2 + 1) = 66.667.
        // (Counting c and e would give Лужский 2/3 = 66.667, Кировский 2/2 = 100, region 4/5 = 80.)
        int[] flaggedMarks = [3, 3, 3, 5, 5, 4, 4, 4, 4, 4];
        var works = flaggedMarks.Select(m => new IndividualWork(Year, "a", Math5, m, m, 4))
            .Concat(Enumerable.Repeat(new IndividualWork(Year, "b", Math5, 4, 4, 4), 10))
            .Concat(Enumerable.Repeat(new IndividualWork(Year, "c", Math5, 5, 5, 3), 9))
            .Concat(Enumerable.Repeat(new IndividualWork(Year, "d", Math5, 4, 4, 4), 10))
            .Concat(Enumerable.Repeat(new IndividualWork(Year, "e", Math5, 5, 5, 3), 9));
        var input = Input(
            schools: [School("a"), School("b"), School("c"), School("d", municipality: "Кировский"), School("e", municipality: "Кировский")],
            works: works);

        var result = AnalyticsEngine.Compute(input, Options, new DateOnly(2024, 9, 1));

        result.Objectivity.Select(o => (o.Login, o.Flagged)).Should().Equal(("a", true), ("b", false), ("d", false));
        result.Objectivity.Single(o => o.Login == "b").RegionUpperBound.Should().BeApproximately(4.11476, 1e-5);
        var objectivity = result.Indicators.Where(v => v.Code == "OBJECTIVITY").ToDictionary(v => v.Municipality);
        objectivity.Values.Should().OnlyContain(v => v.Date == new DateOnly(2024, 6, 30));
        objectivity["Лужский"].Should().BeEquivalentTo(new { Numerator = 1.0, Denominator = 2.0, Value = 50.0 });
        objectivity["Кировский"].Should().BeEquivalentTo(new { Numerator = 1.0, Denominator = 1.0, Value = 100.0 });
        objectivity["Ленинградская область"].Numerator.Should().Be(2);
        objectivity["Ленинградская область"].Denominator.Should().Be(3);
        objectivity["Ленинградская область"].Value.Should().BeApproximately(66.667, 1e-3);
    }
}
