using DuckDB.NET.Data;
using Edu.Analytics.Exports;
using Edu.Reference;
using Edu.Storage;

namespace Edu.Analytics.Tests.Decisions;

/// <summary>SPEC §11 «Rosters»: the «rosters» read model, and the stable-high export's «В проекте» looked up in the configured roster.</summary>
public sealed class RostersExportTests : IDisposable
{
    private const string Luga = "Лужский район";
    private const string Gatchina = "Гатчинский район";

    private readonly ScratchDatabase _database = new("rosters");

    public RostersExportTests()
    {
        foreach (var (login, municipality) in new[] { ("l1", Luga), ("l2", Luga), ("g1", Gatchina) })
        {
            Connection.Execute("INSERT INTO schools VALUES ($p0, $p0, 'Школа ' || $p0, $p1, 'Южный', 'СОШ', false, 300, 1)", login, municipality);
            foreach (var year in new[] { 2024, 2025 })
                Connection.Execute("INSERT INTO stable_high VALUES ($p2, $p0, 'Школа ' || $p0, $p1, 'Южный', 1.5, 1, true, true, false)", login, municipality, year);
        }
        // l1 in the roster of 2025 under another spelling; g1 in the roster of 2024 only; l2 in another project.
        Roster("«Стабильно высокие  образовательные результаты»", 2025, "l1", "участник", null);
        Roster("Стабильно высокие образовательные результаты", 2024, "g1", null, null);
        Roster("Сетевое наставничество", 2025, "l2", "наставник", "g1");
        Roster("Сетевое наставничество", 2025, "g1", "подшефная", "l2");
    }

    private DuckDBConnection Connection => _database.Connection;

    public void Dispose() => _database.Dispose();

    private void Roster(string project, int year, string login, string? role, string? partner) =>
        Connection.Execute("INSERT INTO project_rosters VALUES ($p0, $p1, $p2, $p3, $p4, $p5, 1)", project, ProjectNames.Key(project), year, login, role, partner);

    [Fact]
    public void In_project_means_in_the_configured_roster_for_the_rows_year_whatever_the_spelling()
    {
        var rows = new StableHighExport(new ProjectOptions()).Rows(Connection, ExportFilter.None);

        rows.Where(r => r.InProject).Select(r => (r.Year, r.Login)).Should().Equal((2024, "g1"), (2025, "l1"));
    }

    [Fact]
    public void The_roster_name_comes_from_configuration()
    {
        var rows = new StableHighExport(new ProjectOptions { StableHigh = "сетевое НАСТАВНИЧЕСТВО" }).Rows(Connection, ExportFilter.None);

        rows.Where(r => r.InProject).Select(r => (r.Year, r.Login)).Should().Equal((2025, "g1"), (2025, "l2"));
    }

    [Fact]
    public void Rosters_carry_the_registry_names_and_a_municipality_sees_its_own_schools_with_their_partners()
    {
        var all = new RostersExport().Rows(Connection, ExportFilter.None);
        all.Select(r => (r.Project, r.Year, r.Login, r.Municipality, r.Role, r.PartnerLogin)).Should().Equal(
            ("«Стабильно высокие  образовательные результаты»", 2025, "l1", Luga, "участник", null),
            ("Сетевое наставничество", 2025, "g1", Gatchina, "подшефная", "l2"),
            ("Сетевое наставничество", 2025, "l2", Luga, "наставник", "g1"),
            ("Стабильно высокие образовательные результаты", 2024, "g1", Gatchina, null, null));

        var luga = new RostersExport().Rows(Connection, new ExportFilter(2025, Luga));
        luga.Select(r => (r.Login, r.SchoolName, r.PartnerName)).Should().Equal(("l1", "Школа l1", null), ("l2", "Школа l2", "Школа g1"));
    }
}
