using DuckDB.NET.Data;
using Edu.Analytics.Model;
using Edu.Spreadsheets;
using Edu.Storage;

namespace Edu.Analytics.Exports;

/// <summary>
/// «school-statuses»: each registry school in each computed year with all its statuses of that year (none where it has
/// no results), from the result tables of the same computation (a stably-high school removed for non-objectivity is
/// not stably high). The registry gives the name and municipality, so every school of a municipality is listed.
/// </summary>
public sealed class SchoolStatusesExport : Export<SchoolStatusRow>
{
    public override string Name => "school-statuses";

    public override string Title => "Статусы школ";

    public override ColumnMap<SchoolStatusRow> Columns { get; } = new ColumnMap<SchoolStatusRow>()
        .Year().School()
        .Label("shnor", "ШНОР", Labels.ShnorStatuses, r => r.Shnor)
        .YesNo("disadvantaged", "ШФНСУ", r => r.Disadvantaged)
        .YesNo("resilient", "Резильентная", r => r.Resilient)
        .YesNo("stably_resilient", "Стабильно резильентная", r => r.StablyResilient)
        .YesNo("stably_high", "Стабильно высокая", r => r.StablyHigh)
        .YesNo("selected", "Отобрана в проект", r => r.Selected)
        .YesNo("flagged", "Признаки необъективности", r => r.Flagged)
        .Number("context_index", "Индекс ИСБШ", r => r.ContextIndex, "0.000")
        .Number("result_index", "Индекс результатов", r => r.ResultIndex, "0.000")
        .Text("mentor", "Наставник", r => r.MentorLogin, r => EntityRef.School(r.MentorLogin))
        .Integer("mentees", "Подшефных школ", r => r.Mentees)
        .District();

    // $p0 year, $p1 municipality, $p2 login, as ExportFilter.Sql; the registry's names, the results' statuses.
    private const string Sql = """
        WITH years AS (SELECT year FROM result_index UNION SELECT year FROM context_index),
        base AS (
            SELECT y.year, s.login, s.name, s.municipality, s.district
            FROM schools s CROSS JOIN years y
            WHERE ($p0 IS NULL OR y.year = $p0) AND ($p1 IS NULL OR s.municipality = $p1) AND ($p2 IS NULL OR s.login = $p2)),
        flags AS (SELECT year, login, bool_or(flagged) AS flagged FROM objectivity GROUP BY year, login),
        mentoring AS (SELECT year, mentor_login, count(*) AS mentees FROM mentors WHERE mentor_login IS NOT NULL GROUP BY year, mentor_login)
        SELECT b.year, b.login, b.name, b.municipality, b.district, sh.status,
               coalesce(c.is_disadvantaged, false), c.context_index, ri.result_index,
               coalesce(r.resilient_by_quartile OR r.resilient_by_value_added, false), coalesce(r.stably_resilient, false),
               coalesce(NOT st.excluded_for_objectivity, false), coalesce(st.selected, false), coalesce(f.flagged, false),
               m.mentor_login, coalesce(mm.mentees, 0)
        FROM base b
        LEFT JOIN shnor sh ON sh.year = b.year AND sh.login = b.login
        LEFT JOIN context_index c ON c.year = b.year AND c.login = b.login
        LEFT JOIN result_index ri ON ri.year = b.year AND ri.login = b.login
        LEFT JOIN resilience r ON r.year = b.year AND r.login = b.login
        LEFT JOIN stable_high st ON st.year = b.year AND st.login = b.login
        LEFT JOIN flags f ON f.year = b.year AND f.login = b.login
        LEFT JOIN mentors m ON m.year = b.year AND m.login = b.login
        LEFT JOIN mentoring mm ON mm.year = b.year AND mm.mentor_login = b.login
        ORDER BY b.year, b.municipality, b.login
        """;

    public override IReadOnlyList<SchoolStatusRow> Rows(DuckDBConnection connection, ExportFilter filter) =>
        connection.Rows(Sql, r => new SchoolStatusRow(
            r.GetInt32(0), r.GetString(1), r.NullableString(2), r.NullableString(3), r.NullableString(4),
            r.NullableString(5) is { } status ? Labels.ShnorStatuses.Parse(status) : null,
            r.GetBoolean(6), r.NullableDouble(7), r.NullableDouble(8), r.GetBoolean(9), r.GetBoolean(10), r.GetBoolean(11), r.GetBoolean(12),
            r.GetBoolean(13), r.NullableString(14), (int)r.Long(15)),
            filter.Parameters);
}
