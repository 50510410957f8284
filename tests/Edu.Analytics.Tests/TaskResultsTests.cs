using Edu.Analytics.Methods;
using Edu.Analytics.Model;
using static Edu.Analytics.Tests.TestData;

namespace Edu.Analytics.Tests;

/// <summary>SPEC §13 «Выполнение заданий» on summed task scores: rate = Σ score / (|G| · max) × 100 per group, and the two flags.</summary>
public class TaskResultsTests
{
    private static readonly ProcedureTask Task1 = new(2024, Math5, 1, "1", 1, "Сравнивать натуральные числа");
    private static readonly ProcedureTask Task2 = new(2024, Math5, 2, "2", 2, null);

    private static ProcedureResult Counted(string login, int participants) =>
        new(2024, login, Math5, ResultSource.IndividualWorks, participants, participants >= Options.MinParticipants, 3.5, 0, null, null);

    private static IReadOnlyList<TaskResult> Run(
        IEnumerable<TaskScoreSums> sums, IEnumerable<ProcedureResult> results, IEnumerable<SchoolInfo> schools, AnalyticsOptions? options = null) =>
        TaskResults.Compute(sums.ToList(), [Task1, Task2], results.ToList(), Registry([.. schools]), options ?? Options);

    [Fact]
    public void An_uncounted_school_gets_no_rows_but_counts_in_its_municipality_and_the_region()
    {
        // a: 10 works (counted), task 1: 5 of 10 points, task 2: 7 of 20; b: 9 participants (uncounted), full marks 9 and 18;
        // c (another municipality): 20 works, 13 of 20 and 26 of 40.
        var rows = Run(
            [new(2024, "a", Math5, 10, [5, 7]), new(2024, "b", Math5, 9, [9, 18]), new(2024, "c", Math5, 20, [13, 26])],
            [Counted("a", 10), Counted("b", 9), Counted("c", 20)],
            [School("a", "Лужский"), School("b", "Лужский"), School("c", "Гатчинский")]);

        // Region: 39 works; task 1: 27 × 100 / 39; task 2: 51 × 100 / (39 · 2). Лужский: a + b, 19 works: 14 × 100 / 19, 25 × 100 / 38.
        var region1 = 2700.0 / 39;
        var region2 = 5100.0 / 78;
        rows.Select(r => (r.Level, r.Login, r.Municipality, r.Task.Label, r.Works)).Should().Equal(
            (TaskLevel.Region, null, null, "1", 39), (TaskLevel.Region, null, null, "2", 39),
            (TaskLevel.Municipality, null, "Гатчинский", "1", 20), (TaskLevel.Municipality, null, "Гатчинский", "2", 20),
            (TaskLevel.Municipality, null, "Лужский", "1", 19), (TaskLevel.Municipality, null, "Лужский", "2", 19),
            (TaskLevel.School, "c", "Гатчинский", "1", 20), (TaskLevel.School, "c", "Гатчинский", "2", 20),
            (TaskLevel.School, "a", "Лужский", "1", 10), (TaskLevel.School, "a", "Лужский", "2", 10));
        rows.Select(r => r.Rate).Should().Equal([region1, region2, 65, 65, 1400.0 / 19, 2500.0 / 38, 65, 65, 50, 35], (x, y) => Math.Abs(x - y) < 1e-9);
        rows.Should().AllSatisfy(r => r.RegionRate.Should().BeApproximately(r.Task.Number == 1 ? region1 : region2, 1e-9));

        var a = rows.Where(r => r.Login == "a").ToList();
        a[0].Deviation.Should().BeApproximately(50 - region1, 1e-9, "negative when below the region");
        a.Select(r => (r.BelowMastery, r.Lags)).Should().Equal((false, true), (true, true));
        rows.Where(r => r.Login == "c").Select(r => (r.BelowMastery, r.Lags)).Should().Equal((false, false), (false, false));
        rows.Where(r => r.Level != TaskLevel.School).Should().OnlyContain(r => r.Lags == null && !r.BelowMastery, "no «отставание» above school level");
    }

    [Fact]
    public void Both_flags_hold_at_their_boundaries_exactly_50_is_not_below_and_exactly_15_points_behind_lags()
    {
        // Task 1 (1 point): a 10 of 20 = 50, b 13 of 20 = 65, c 16 of 20 = 80; region 39 of 60 = 65, so a is exactly 15 behind.
        // Task 2 (2 points): a 19 of 40 = 47.5, b 26 of 40 = 65, c 33 of 40 = 82.5; region 78 of 120 = 65, a 17.5 behind.
        var sums = new TaskScoreSums[] { new(2024, "a", Math5, 20, [10, 19]), new(2024, "b", Math5, 20, [13, 26]), new(2024, "c", Math5, 20, [16, 33]) };
        var results = new[] { Counted("a", 20), Counted("b", 20), Counted("c", 20) };
        var schools = new[] { School("a"), School("b"), School("c") };

        var rows = Run(sums, results, schools);

        var a = rows.Where(r => r.Login == "a").ToList();
        a.Select(r => r.Rate).Should().Equal(50, 47.5);
        a.Select(r => r.RegionRate).Should().Equal(65, 65);
        a.Select(r => r.Deviation).Should().Equal(-15, -17.5);
        a.Select(r => (r.BelowMastery, r.Lags)).Should().Equal((false, true), (true, true));
        rows.Where(r => r.Login == "b").Select(r => (r.BelowMastery, r.Lags)).Should().Equal((false, false), (false, false));

        // The thresholds are options: 60 % and 16 points make task 1 of a below and no longer lagging.
        var strict = Run(sums, results, schools, new AnalyticsOptions { TaskMasteryRate = 60, TaskGapPoints = 16 });
        strict.Where(r => r.Login == "a").Select(r => (r.BelowMastery, r.Lags)).Should().Equal((true, false), (true, true));
        strict.Where(r => r.Level == TaskLevel.Region).Select(r => r.BelowMastery).Should().Equal(false, false);
    }

    [Fact]
    public void A_school_missing_from_the_registry_counts_in_the_region_only_and_keeps_its_own_rows()
    {
        var rows = Run(
            [new(2024, "a", Math5, 10, [10, 20]), new(2024, "x", Math5, 10, [0, 0])],
            [Counted("a", 10), Counted("x", 10)],
            [School("a")]);

        // Region: 10 of 20 and 20 of 40 = 50 %; Лужский has a only: 100 %.
        rows.Where(r => r.Level == TaskLevel.Region).Select(r => r.Rate).Should().Equal(50, 50);
        rows.Where(r => r.Level == TaskLevel.Municipality).Select(r => (r.Municipality, r.Rate)).Should().Equal(("Лужский", 100.0), ("Лужский", 100.0));
        rows.Where(r => r.Login == "x").Select(r => (r.Municipality, r.Rate, r.BelowMastery, r.Lags)).Should().Equal((null, 0.0, true, true), (null, 0.0, true, true));
    }

    [Fact]
    public void Works_of_a_procedure_without_its_task_list_give_no_rows()
    {
        // Математика 6 has works but no tasks (the loader stores both together, so only hand-made data can do this).
        var rows = Run(
            [new(2024, "a", Math6, 10, [5]), new(2024, "a", Math5, 12, [6, 12])],
            [Counted("a", 12), new ProcedureResult(2024, "a", Math6, ResultSource.IndividualWorks, 10, true, 3.5, 0, null, null)],
            [School("a")]);

        rows.Should().OnlyContain(r => r.Procedure == Math5).And.HaveCount(6);
        rows.Where(r => r.Level == TaskLevel.Region).Select(r => r.Rate).Should().Equal(50, 50);
        rows.Select(r => r.Task.Requirement).Distinct().Should().Equal("Сравнивать натуральные числа", null);
    }
}
