using DuckDB.NET.Data;
using Edu.Analytics.Methods;
using Edu.Analytics.Model;
using Edu.Analytics.Storage;
using Edu.Spreadsheets;
using Edu.Storage;

namespace Edu.Analytics.Exports;

/// <summary>
/// «self-diagnostics» (SPEC §12): one row per school with a round dated ≤ the as-of date — its latest level, the previous
/// one and the change, «В проекте» by the configured project's roster for the round's school year, its deficit count.
/// The year filter selects the school year of the latest round; the municipality filter is applied in the queries.
/// </summary>
public sealed class SelfDiagnosticsExport(DateOnly asOf, ProjectOptions projects) : Export<SelfDiagnosticsRow>
{
    public override string Name => "self-diagnostics";

    public override string Title => "Самодиагностика";

    public override ColumnMap<SelfDiagnosticsRow> Columns { get; } = new ColumnMap<SelfDiagnosticsRow>()
        .Date("round_date", "Дата самодиагностики", r => r.RoundDate)
        .School()
        .Label("level", "Уровень", Labels.SdLevels, r => r.Level)
        .Number("total_points", "Итого баллов", r => r.TotalPoints, ExportCell.General)
        .Label("previous_level", "Предыдущий уровень", Labels.SdLevels, r => r.PreviousLevel)
        .Label("change", "Изменение уровня", Labels.LevelChanges, r => r.Change)
        .YesNo("in_project", "В проекте", r => r.InProject)
        .Integer("deficits", "Дефицитов", r => r.Deficits)
        .Date("previous_date", "Дата предыдущей самодиагностики", r => r.PreviousDate)
        .District();

    private const string SchoolsSql = """
        SELECT login, name, municipality, district FROM schools
        WHERE ($p0 IS NULL OR municipality = $p0) AND ($p1 IS NULL OR login = $p1)
        """;

    public override IReadOnlyList<SelfDiagnosticsRow> Rows(DuckDBConnection connection, ExportFilter filter)
    {
        var schools = connection.Rows(SchoolsSql, r => (Login: r.GetString(0), Name: r.GetString(1), Municipality: r.GetString(2), District: r.GetString(3)),
            filter.Municipality, filter.Login).ToDictionary(s => s.Login);
        var standings = SelfDiagnostics.Standings(
            SelfDiagnosticsReader.Rounds(connection, asOf, filter.Municipality),
            SelfDiagnosticsReader.Criteria(connection, asOf, filter.Municipality),
            SelfDiagnosticsReader.Roster(connection, projects.SchoolOfMinistry),
            asOf);
        return standings
            .Where(s => schools.ContainsKey(s.Login))
            .Select(s =>
            {
                var school = schools[s.Login];
                return new SelfDiagnosticsRow(s.Latest.Date, s.Login, school.Name, school.Municipality, school.District, s.Level, s.Latest.TotalPoints,
                    s.Previous?.Date, s.Previous?.Level, s.Change, s.InProject, s.Deficits);
            })
            .Where(r => filter.Year is null || r.Year == filter.Year)
            .OrderBy(r => r.Municipality, StringComparer.Ordinal)
            .ThenBy(r => r.Login, StringComparer.Ordinal)
            .ToList();
    }
}
