using DuckDB.NET.Data;
using Edu.Spreadsheets;
using Edu.Storage;

namespace Edu.Analytics.Exports;

/// <summary>
/// «rosters» (SPEC §11): the actual participants of the committee's projects, as loaded, with the registry's name and
/// municipality of each school. The municipality filter applies to the school; its partner may be another
/// municipality's, as a mentor may.
/// </summary>
public sealed class RostersExport : Export<RosterRow>
{
    public const string TableName = "rosters";

    public override string Name => TableName;

    public override string Title => "Участники проектов";

    public override ColumnMap<RosterRow> Columns { get; } = new ColumnMap<RosterRow>()
        .Text("project", "Проект", r => r.Project)
        .Year().School()
        .Text("role", "Роль", r => r.Role)
        .Text("partner_login", "Логин ОО партнёра", r => r.PartnerLogin, r => EntityRef.School(r.PartnerLogin))
        .Text("partner_name", "Наименование ОО партнёра", r => r.PartnerName, r => EntityRef.School(r.PartnerLogin))
        .District();

    private const string Sql = """
        SELECT r.project, r.year, r.login, s.name, s.municipality, s.district, r.role, r.partner_login, p.name
        FROM project_rosters AS r
        LEFT JOIN schools AS s ON s.login = r.login
        LEFT JOIN schools AS p ON p.login = r.partner_login
        WHERE ($p0 IS NULL OR r.year = $p0) AND ($p1 IS NULL OR s.municipality = $p1)
        ORDER BY r.project, r.year, s.municipality, r.login, r.role NULLS FIRST, r.partner_login NULLS FIRST
        """;

    public override IReadOnlyList<RosterRow> Rows(DuckDBConnection connection, ExportFilter filter) =>
        connection.Rows(Sql, r => new RosterRow(
            r.GetString(0), r.GetInt32(1), r.GetString(2), r.NullableString(3), r.NullableString(4), r.NullableString(5),
            r.NullableString(6), r.NullableString(7), r.NullableString(8)),
            filter.Year, filter.Municipality);
}
