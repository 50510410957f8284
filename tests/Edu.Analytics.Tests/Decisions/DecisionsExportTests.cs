using DuckDB.NET.Data;
using Edu.Analytics.Exports;
using Edu.Analytics.Model;
using Edu.Reference;
using Edu.Storage;

namespace Edu.Analytics.Tests.Decisions;

/// <summary>
/// SPEC §11 «Did it work» through the «decisions» read model on a real DuckDB file: the value before the decision,
/// the value as of the date, the change and the target's status, per indicator and scope; and the municipal scope.
/// </summary>
public sealed class DecisionsExportTests : IDisposable
{
    private const string Luga = "Лужский район";
    private const string Gatchina = "Гатчинский район";
    private const string Kirovsk = "Кировский район";
    private const string Region = "Ленинградская область";
    private static readonly DateOnly EndOf2020 = new(2020, 12, 31);

    private readonly ScratchDatabase _database = new("decisions");

    public DecisionsExportTests()
    {
        foreach (var (login, municipality) in new[] { ("l1", Luga), ("g1", Gatchina), ("k1", Kirovsk) })
            Connection.Execute("INSERT INTO schools VALUES ($p0, $p0, $p0, $p1, 'Южный', 'СОШ', false, 300, 1)", login, municipality);

        // DOP_TECH, numerators of 100: Луга 10 → 14 → 20, Гатчина 12 → 13 → 15, Кировск 18 once; the region 40/300 → 45/300 → 53/300.
        Value(Luga, "2019-10-01", 10, 100); Value(Luga, "2020-10-01", 14, 100); Value(Luga, "2021-10-01", 20, 100);
        Value(Gatchina, "2019-10-01", 12, 100); Value(Gatchina, "2020-10-01", 13, 100); Value(Gatchina, "2021-10-01", 15, 100);
        Value(Kirovsk, "2019-10-01", 18, 100);
        Value(Region, "2019-10-01", 40, 300); Value(Region, "2020-10-01", 45, 300); Value(Region, "2021-10-01", 53, 300);

        // Every scope: ≥ 16 by 31.12.2020 and ≥ 20 by 31.12.2021; Луга alone: ≥ 25 by 30.06.2019, before the decision.
        Target(null, "2020-12-31", 16); Target(null, "2021-12-31", 20); Target(Luga, "2019-06-30", 25);

        // Decided 22.12.2019. A: Луга and Гатчина; B: every municipality, done 15.11.2020 before its deadline 01.12.2020;
        // C: regional, a code with no value and no target; D: Гатчина alone; E: every municipality, no codes.
        Item("2.2", 1, "2021-12-31", "МОУО Лужского района, комитет образования Гатчинского района", "муниципальный", [Luga, Gatchina], ["DOP_TECH"]);
        Item("3", 2, "2020-12-01", "органы местного самоуправления", "все муниципалитеты", [], ["DOP_TECH"], done: "2020-11-15");
        Item("4", 3, "2021-12-31", "руководители профессиональных образовательных организаций", "региональный", [], ["SPO_MONITORING"]);
        Item("5", 4, "2020-02-01", "комитет образования Гатчинского района", "муниципальный", [Gatchina], []);
        Item("6", 5, null, "МОУО", "все муниципалитеты", [], []);
    }

    private DuckDBConnection Connection => _database.Connection;

    public void Dispose() => _database.Dispose();

    private void Value(string municipality, string date, double numerator, double denominator) =>
        Connection.Execute("INSERT INTO indicator_values VALUES ('DOP_TECH', $p0, $p1::DATE, $p2, $p3, $p2 * 100 / $p3, '%')", municipality, date, numerator, denominator);

    private void Target(string? municipality, string deadline, double value) =>
        Connection.Execute("INSERT INTO targets VALUES ('DOP_TECH', 'Охват технической направленностью', $p0, $p1::DATE, $p2, true, 1)", municipality, deadline, value);

    private void Item(string item, int order, string? deadline, string responsible, string scope, string[] municipalities, string[] codes, string? done = null) =>
        Connection.Execute("""
            INSERT INTO decisions VALUES ('Решение КС № 1', 'решение кс 1', DATE '2019-12-22', $p0, $p1, 'Содержание ' || $p0, $p2, $p2::DATE, false, $p3, $p4,
                                          $p5::VARCHAR[], $p6::VARCHAR[], $p7::VARCHAR[], $p8::DATE, NULL, 1)
            """, item, order, deadline, responsible, scope, municipalities, ResponsibleParties.Default.In(responsible).ToArray(), codes, done);

    private IReadOnlyList<DecisionRow> Rows(DateOnly asOf, string? municipality = null) =>
        new DecisionsExport(asOf, new AnalyticsOptions()).Rows(Connection, new ExportFilter(null, municipality));

    private static (string? Code, string? Municipality, double? Before, double? Now, double? Change, AttainmentStatus? Target) Figures(DecisionRow r) =>
        (r.Code, r.Municipality, r.Before, r.Now, r.Change, r.TargetStatus);

    [Fact]
    public void An_item_naming_two_municipalities_has_the_figures_of_each_of_them()
    {
        var rows = Rows(EndOf2020).Where(r => r.Item == "2.2").ToList();

        // Before = latest ≤ 22.12.2019, now = latest ≤ 31.12.2020. Луга's own target of 30.06.2019 is before the decision,
        // so the nearest after it counts: ≥ 16 by 31.12.2020, missed by 14 and by 13 with the deadline passed.
        rows.Select(Figures).Should().Equal(
            ("DOP_TECH", Luga, 10.0, 14.0, 4.0, AttainmentStatus.NotAchieved),
            ("DOP_TECH", Gatchina, 12.0, 13.0, 1.0, AttainmentStatus.NotAchieved));
        rows.Should().OnlyContain(r => r.Status == ExecutionStatus.InProgress && r.OnTime == null && r.TargetDeadline == EndOf2020);
        rows.Select(r => r.BeforeDate).Should().AllBeEquivalentTo(new DateOnly(2019, 10, 1));
    }

    [Fact]
    public void An_item_of_every_municipality_has_the_regions_figures_and_each_municipalitys()
    {
        var rows = Rows(EndOf2020).Where(r => r.Item == "3").ToList();

        // Region 40/300 = 13.333 → 45/300 = 15.0: +1.667, under 16 at the deadline. Кировск has one value, 18, before and now:
        // change 0 and the target met.
        rows.Select(r => (r.Municipality, r.Before, r.Now, r.TargetStatus)).Should().Equal(
            (Region, 40 * 100 / 300.0, 15.0, AttainmentStatus.NotAchieved),
            (Gatchina, 12.0, 13.0, AttainmentStatus.NotAchieved),
            (Kirovsk, 18.0, 18.0, AttainmentStatus.Achieved),
            (Luga, 10.0, 14.0, AttainmentStatus.NotAchieved));
        rows[0].Change.Should().BeApproximately(15 - (40 * 100 / 300.0), 1e-12);
        rows[2].Change.Should().Be(0);
        rows.Should().OnlyContain(r => r.Status == ExecutionStatus.Done && r.OnTime == true && r.DoneDate == new DateOnly(2020, 11, 15));
        rows.Select(r => r.Concerns).Should().Equal<IReadOnlyList<string>>([[], [Gatchina], [Kirovsk], [Luga]], (a, b) => a.SequenceEqual(b));
    }

    [Fact]
    public void The_figures_move_with_the_as_of_date_and_so_does_the_status_of_the_item()
    {
        var rows = Rows(new DateOnly(2022, 1, 1)).Where(r => r.Item == "2.2").ToList();

        // As of 01.01.2022: Луга 20 (+10), Гатчина 15 (+3); the item's deadline 31.12.2021 has passed without a done date.
        rows.Select(r => (r.Municipality, r.Now, r.Change)).Should().Equal((Luga, 20.0, 10.0), (Gatchina, 15.0, 3.0));
        rows.Should().OnlyContain(r => r.Status == ExecutionStatus.Overdue && r.AsOf == new DateOnly(2022, 1, 1));
    }

    [Fact]
    public void A_code_with_no_value_and_no_target_gives_a_row_with_empty_figures()
    {
        var row = Rows(EndOf2020).Single(r => r.Item == "4");

        Figures(row).Should().Be(("SPO_MONITORING", Region, null, null, null, null));
        row.Scope.Should().Be(DecisionScope.Regional);
    }

    [Fact]
    public void An_item_without_codes_is_one_row_without_a_municipality()
    {
        var rows = Rows(EndOf2020).Where(r => r.Item is "5" or "6").ToList();

        rows.Select(r => (r.Item, r.Code, r.Municipality, r.Status)).Should().Equal(
            ("5", null, null, ExecutionStatus.Overdue), ("6", null, null, ExecutionStatus.NoDeadline));
        rows[0].Concerns.Should().Equal(Gatchina);
        rows[1].Concerns.Should().Equal(Gatchina, Kirovsk, Luga);
    }

    [Fact]
    public void A_municipality_sees_its_own_items_and_those_of_every_municipality_with_its_own_figures_only()
    {
        var rows = Rows(EndOf2020, Luga);

        rows.Select(r => (r.Item, r.Municipality)).Should().Equal(("2.2", Luga), ("3", Luga), ("6", null));
        rows.Should().NotContain(r => r.Scope == DecisionScope.Regional);
        rows.Where(r => r.Code is not null).Select(r => (r.Before, r.Now)).Should().Equal((10.0, 14.0), (10.0, 14.0));
        Rows(EndOf2020, Kirovsk).Select(r => (r.Item, r.Municipality)).Should().Equal(("3", Kirovsk), ("6", null));
    }

    [Fact]
    public void A_municipal_readers_figures_equal_the_regions_rows_for_that_municipality()
    {
        var whole = Rows(EndOf2020).Where(r => r.Municipality == Luga).Select(Figures);
        var own = Rows(EndOf2020, Luga).Where(r => r.Code is not null).Select(Figures);

        own.Should().Equal(whole);
    }
}
