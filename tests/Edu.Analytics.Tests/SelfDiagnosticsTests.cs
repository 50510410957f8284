using Edu.Analytics.Methods;
using Edu.Analytics.Model;
using Edu.Reference;
using static Edu.Analytics.Tests.TestData;

namespace Edu.Analytics.Tests;

/// <summary>SPEC §12: latest and previous rounds as of a date, level change, «в проекте», deficits ranked, SD_BASIC.</summary>
public class SelfDiagnosticsTests
{
    private const string Luga = "Лужский";
    private const string Gatchina = "Гатчинский";
    private static readonly DateOnly November = new(2023, 11, 15);
    private static readonly DateOnly May = new(2024, 5, 20);
    private static readonly HashSet<(int Year, string Login)> NoRoster = [];

    private static SdRound Round(string login, DateOnly date, SelfDiagnosticsLevel level, double points = 100) => new(login, date, level, points);

    private static SdCriterionScore Score(string login, string number, double points, DateOnly? date = null) =>
        new(login, date ?? November, "Знание", number, "Показатель " + number, points);

    [Fact]
    public void The_latest_round_is_the_last_one_dated_on_or_before_the_as_of_date()
    {
        SdRound[] rounds = [Round("a", November, SelfDiagnosticsLevel.BelowBasic), Round("a", May, SelfDiagnosticsLevel.Basic)];

        var inMarch = SelfDiagnostics.Standings(rounds, [], NoRoster, new DateOnly(2024, 3, 1)).Single();
        inMarch.Latest.Date.Should().Be(November);
        inMarch.Level.Should().Be(SelfDiagnosticsLevel.BelowBasic);
        inMarch.Previous.Should().BeNull("the May round is after 01.03.2024");
        inMarch.Change.Should().BeNull("no previous round, no change");

        var inJune = SelfDiagnostics.Standings(rounds, [], NoRoster, new DateOnly(2024, 6, 1)).Single();
        inJune.Latest.Date.Should().Be(May);
        inJune.Previous!.Date.Should().Be(November);
        inJune.Change.Should().Be(LevelChange.Rose);

        SelfDiagnostics.Standings(rounds, [], NoRoster, new DateOnly(2023, 11, 14)).Should().BeEmpty("no round yet on 14.11.2023");
    }

    [Fact]
    public void The_level_change_compares_the_latest_level_with_the_previous_one()
    {
        SdRound[] rounds =
        [
            Round("rose", November, SelfDiagnosticsLevel.BelowBasic), Round("rose", May, SelfDiagnosticsLevel.Basic),
            Round("kept", November, SelfDiagnosticsLevel.Medium), Round("kept", May, SelfDiagnosticsLevel.Medium),
            Round("fell", November, SelfDiagnosticsLevel.High), Round("fell", May, SelfDiagnosticsLevel.Medium),
        ];

        SelfDiagnostics.Standings(rounds, [], NoRoster, May).Select(s => (s.Login, s.Change)).Should().Equal(
            ("fell", (LevelChange?)LevelChange.Fell), ("kept", LevelChange.Kept), ("rose", LevelChange.Rose));
    }

    [Fact]
    public void In_project_means_in_the_roster_of_the_school_year_of_the_latest_round()
    {
        SdRound[] rounds =
        [
            Round("a", November, SelfDiagnosticsLevel.Basic),                              // school year 2024
            Round("b", May, SelfDiagnosticsLevel.Basic),                                   // school year 2024
            Round("c", new DateOnly(2024, 9, 10), SelfDiagnosticsLevel.Basic),             // 1 September opens 2025
            Round("d", new DateOnly(2024, 8, 31), SelfDiagnosticsLevel.Basic),             // 31 August still closes 2024
        ];
        HashSet<(int, string)> roster = [(2024, "a"), (2023, "b"), (2025, "c"), (2025, "d")];

        SelfDiagnostics.Standings(rounds, [], roster, new DateOnly(2024, 12, 31)).Select(s => (s.Login, s.InProject)).Should().Equal(
            ("a", true), ("b", false), ("c", true), ("d", false));
    }

    [Fact]
    public void A_schools_deficits_are_the_zero_point_criteria_of_its_latest_round_and_none_without_criteria()
    {
        SdRound[] rounds = [Round("a", November, SelfDiagnosticsLevel.Basic), Round("a", May, SelfDiagnosticsLevel.Basic), Round("b", May, SelfDiagnosticsLevel.Basic)];
        SdCriterionScore[] criteria = [Score("a", "1.1", 0), Score("a", "1.2", 0), Score("a", "1.1", 0, May), Score("a", "1.2", 2, May), Score("a", "1.3", 1, May)];

        SelfDiagnostics.Standings(rounds, criteria, NoRoster, May).Select(s => (s.Login, s.Deficits)).Should().Equal(
            ("a", (int?)1), ("b", null));
    }

    /// <summary>
    /// Лужский l1, l2, l3 and Гатчинский g1 in November. Zero points: 1.9 — l1, l2, g1; 1.10 — l1, l2, l3; 2.1 — l2, g1.
    /// Луга: 1.10 3 of 3, 1.9 2 of 3, 2.1 1 of 3. Гатчина: 1.9 and 2.1 1 of 1 (tie: 1.9 first). Region: 1.9 and 1.10 3 of
    /// 4 each (tie: «1.9» before «1.10», natural order, though «1.10» sorts first as text), 2.1 2 of 4.
    /// </summary>
    [Fact]
    public void Deficits_across_schools_rank_by_count_then_by_criterion_number_in_natural_order()
    {
        SdCriterionScore[] criteria =
        [
            Score("l1", "1.9", 0), Score("l1", "1.10", 0), Score("l1", "2.1", 2),
            Score("l2", "1.9", 0), Score("l2", "1.10", 0), Score("l2", "2.1", 0),
            Score("l3", "1.9", 1), Score("l3", "1.10", 0), Score("l3", "2.1", 1),
            Score("g1", "1.9", 0), Score("g1", "1.10", 1), Score("g1", "2.1", 0),
            Score("l1", "1.9", 0, May),
        ];
        var municipalityOf = new Dictionary<string, string> { ["l1"] = Luga, ["l2"] = Luga, ["l3"] = Luga, ["g1"] = Gatchina };

        var deficits = SelfDiagnostics.Deficits(criteria, municipalityOf, new DateOnly(2024, 3, 1));

        deficits.Select(d => (d.Scope, d.Number, d.Schools, d.SchoolsWithCriterion, Math.Round(d.Share, 2), d.Place)).Should().Equal(
            (Gatchina, "1.9", 1, 1, 100.0, 1),
            (Gatchina, "2.1", 1, 1, 100.0, 2),
            (Luga, "1.10", 3, 3, 100.0, 1),
            (Luga, "1.9", 2, 3, 66.67, 2),
            (Luga, "2.1", 1, 3, 33.33, 3),
            (Labels.Region, "1.9", 3, 4, 75.0, 1),
            (Labels.Region, "1.10", 3, 4, 75.0, 2),
            (Labels.Region, "2.1", 2, 4, 50.0, 3));
        deficits.Should().OnlyContain(d => d.Date == November, "the May round is after the as-of date");
    }

    [Fact]
    public void Criterion_numbers_compare_part_by_part_as_numbers()
    {
        new[] { "2.1", "1.10", "1.9", "1.2", "10.1", "1" }.Order(CriterionNumbers.Order).Should().Equal("1", "1.2", "1.9", "1.10", "2.1", "10.1");
    }

    /// <summary>
    /// a (Лужский): ниже базового in November, базовый in May; b (Лужский): ниже базового in November only; c (Гатчинский):
    /// средний, then высокий. November: Луга 0 of 2, Гатчина 1 of 1, region 1 of 3. May: b's latest level as of May is still
    /// November's, so Луга 1 of 2 = 50 %, Гатчина 1 of 1, region 2 of 3.
    /// </summary>
    [Fact]
    public void Sd_basic_counts_a_school_that_diagnosed_only_in_the_first_round_by_that_round()
    {
        var input = Input(
            schools: [School("a", Luga), School("b", Luga), School("c", Gatchina)],
            targets: [new Target(ComputedIndicators.SdBasic, "Доля ОО не ниже базового уровня", null, new DateOnly(2024, 5, 30), 100, TargetCondition.AtLeast)]) with
        {
            SdRounds =
            [
                Round("a", November, SelfDiagnosticsLevel.BelowBasic), Round("a", May, SelfDiagnosticsLevel.Basic),
                Round("b", November, SelfDiagnosticsLevel.BelowBasic),
                Round("c", November, SelfDiagnosticsLevel.Medium), Round("c", May, SelfDiagnosticsLevel.High),
            ],
        };

        var result = AnalyticsEngine.Compute(input, Options, new DateOnly(2024, 6, 1));

        result.Indicators.Where(v => v.Code == ComputedIndicators.SdBasic)
            .Select(v => (v.Municipality, v.Date, v.Numerator, v.Denominator, Math.Round(v.Value, 2))).Should().Equal(
                (Gatchina, November, 1.0, 1.0, 100.0),
                (Gatchina, May, 1.0, 1.0, 100.0),
                (Luga, November, 0.0, 2.0, 0.0),
                (Luga, May, 1.0, 2.0, 50.0),
                (Labels.Region, November, 1.0, 3.0, 33.33),
                (Labels.Region, May, 2.0, 3.0, 66.67));
        result.Targets.Select(t => (t.Municipality, t.Status)).Should().BeEquivalentTo(new[]
        {
            (Gatchina, AttainmentStatus.Achieved),
            (Luga, AttainmentStatus.NotAchieved),
            (Labels.Region, AttainmentStatus.NotAchieved),
        }, "the seed's target: every school at least «базовый» by 30.05.2024, evaluated on 01.06.2024");
    }
}
