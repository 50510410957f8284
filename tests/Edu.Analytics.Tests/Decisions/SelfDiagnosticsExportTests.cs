using DuckDB.NET.Data;
using Edu.Analytics.Exports;
using Edu.Analytics.Model;
using Edu.Reference;
using Edu.Storage;

namespace Edu.Analytics.Tests.Decisions;

/// <summary>SPEC §12 read models: «self-diagnostics» and «sd-deficits» over a real DuckDB file, with a municipal scope.</summary>
public sealed class SelfDiagnosticsExportTests : IDisposable
{
    private const string Luga = "Лужский район";
    private const string Gatchina = "Гатчинский район";
    private static readonly DateOnly November = new(2023, 11, 15);
    private static readonly DateOnly May = new(2024, 5, 20);

    private readonly ScratchDatabase _database = new("self-diagnostics");

    /// <summary>
    /// l1 (Луга): ниже базового → базовый, in the project's roster of 2024 under another spelling; l2 (Луга): ниже базового
    /// in November only; g1 (Гатчина): средний → высокий. Criteria in November: 1.9 zero at l1 and g1, 1.10 zero at l1.
    /// </summary>
    public SelfDiagnosticsExportTests()
    {
        foreach (var (login, municipality) in new[] { ("l1", Luga), ("l2", Luga), ("g1", Gatchina) })
            Connection.Execute("INSERT INTO schools VALUES ($p0, $p0, 'Школа ' || $p0, $p1, 'Южный', 'СОШ', false, 300, 1)", login, municipality);
        Round("l1", November, "ниже базового", 60);
        Round("l1", May, "базовый", 95);
        Round("l2", November, "ниже базового", 40);
        Round("g1", November, "средний", 150);
        Round("g1", May, "высокий", 190);
        Criterion("l1", "1.9", 0);
        Criterion("l1", "1.10", 0);
        Criterion("l2", "1.9", 2);
        Criterion("l2", "1.10", 1);
        Criterion("g1", "1.9", 0);
        Criterion("g1", "1.10", 3);
        Connection.Execute("INSERT INTO project_rosters VALUES ($p0, $p1, 2024, 'l1', 'участник', NULL, 1)",
            "«Школа Минпросвещения  России»", ProjectNames.Key("«Школа Минпросвещения  России»"));
    }

    private DuckDBConnection Connection => _database.Connection;

    public void Dispose() => _database.Dispose();

    private void Round(string login, DateOnly date, string level, double points) =>
        Connection.Execute("INSERT INTO self_diagnostics VALUES ($p0, $p1, $p2, $p3, 1)", date, login, level, points);

    private void Criterion(string login, string number, double points) =>
        Connection.Execute("INSERT INTO self_diagnostics_criteria VALUES ($p0, $p1, 'Знание', $p2, 'Показатель ' || $p2, $p3, 3, 1)", November, login, number, points);

    [Fact]
    public void Self_diagnostics_list_each_schools_latest_round_with_the_previous_level_the_project_and_deficits()
    {
        var rows = new SelfDiagnosticsExport(new DateOnly(2024, 6, 1), new ProjectOptions()).Rows(Connection, ExportFilter.None);

        rows.Select(r => (r.Login, r.RoundDate, r.Level, r.PreviousLevel, r.Change, r.InProject, r.Deficits)).Should().Equal(
            ("g1", May, SelfDiagnosticsLevel.High, (SelfDiagnosticsLevel?)SelfDiagnosticsLevel.Medium, (LevelChange?)LevelChange.Rose, false, (int?)null),
            ("l1", May, SelfDiagnosticsLevel.Basic, SelfDiagnosticsLevel.BelowBasic, LevelChange.Rose, true, null),
            ("l2", November, SelfDiagnosticsLevel.BelowBasic, null, null, false, 0));
    }

    [Fact]
    public void As_of_a_date_before_the_second_round_the_first_round_is_the_latest()
    {
        var rows = new SelfDiagnosticsExport(new DateOnly(2024, 3, 1), new ProjectOptions()).Rows(Connection, ExportFilter.None);

        rows.Select(r => (r.Login, r.Level, r.Deficits)).Should().Equal(
            ("g1", SelfDiagnosticsLevel.Medium, (int?)1), ("l1", SelfDiagnosticsLevel.BelowBasic, 2), ("l2", SelfDiagnosticsLevel.BelowBasic, 0));
        rows.Where(r => r.BelowBasic).Select(r => (r.Login, r.InProject)).Should().Equal(("l1", true), ("l2", false));
    }

    [Fact]
    public void A_municipality_sees_only_its_schools_rounds()
    {
        var rows = new SelfDiagnosticsExport(new DateOnly(2024, 6, 1), new ProjectOptions()).Rows(Connection, new ExportFilter(Municipality: Gatchina));

        rows.Select(r => r.Login).Should().Equal("g1");
    }

    /// <summary>Region: 1.9 zero at l1 and g1 (2 of 3), 1.10 at l1 (1 of 3). Гатчина: 1.9 (1 of 1). Луга: 1.9 and 1.10 1 of 2 each.</summary>
    [Fact]
    public void A_municipality_sees_its_deficits_and_the_regions_computed_over_every_school_as_aggregates()
    {
        var export = new SdDeficitsExport(new DateOnly(2024, 6, 1));

        var all = export.Rows(Connection, ExportFilter.None);
        all.Select(r => (r.Municipality, r.Number, r.Schools, r.Share, r.Place)).Should().Equal(
            (Gatchina, "1.9", 1, 100.0, 1),
            (Luga, "1.9", 1, 50.0, 1),
            (Luga, "1.10", 1, 50.0, 2),
            (Labels.Region, "1.9", 2, 200.0 / 3, 1),
            (Labels.Region, "1.10", 1, 100.0 / 3, 2));

        var gatchina = export.Rows(Connection, new ExportFilter(Municipality: Gatchina));
        gatchina.Select(r => (r.Municipality, r.Number, r.Schools, r.SchoolsWithCriterion)).Should().Equal(
            (Gatchina, "1.9", 1, 1),
            (Labels.Region, "1.9", 2, 3),
            (Labels.Region, "1.10", 1, 3));
    }

    [Fact]
    public void The_year_filter_selects_the_school_year_of_the_round()
    {
        new SdDeficitsExport(new DateOnly(2024, 6, 1)).Rows(Connection, new ExportFilter(Year: 2023)).Should().BeEmpty("15.11.2023 belongs to 2024");
        new SelfDiagnosticsExport(new DateOnly(2024, 6, 1), new ProjectOptions()).Rows(Connection, new ExportFilter(Year: 2024)).Should().HaveCount(3);
    }
}
