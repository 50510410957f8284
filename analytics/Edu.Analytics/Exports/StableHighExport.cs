using DuckDB.NET.Data;
using Edu.Reference;
using Edu.Spreadsheets;
using Edu.Storage;

namespace Edu.Analytics.Exports;

/// <summary>
/// «stable-high»: schools with result index ≥ P75 in each year of the window (SPEC §5), in rank order.
/// Schools removed for an objectivity flag come last, without a place, marked in «Исключена (необъективность)».
/// «В проекте»: the school is in the configured project's roster for the row's year (SPEC §11) — the actual
/// participants, beside «Отобрана в проект», the computed selection.
/// </summary>
public sealed class StableHighExport(ProjectOptions projects) : Export<StableHighRow>
{
    public override string Name => "stable-high";

    public override string Title => "Стабильно высокие";

    public override ColumnMap<StableHighRow> Columns { get; } = new ColumnMap<StableHighRow>()
        .Year().School()
        .Number("mean_index", "Средний индекс результатов", r => r.MeanIndex, "0.000")
        .Integer("rank", "Место", r => r.Rank)
        .YesNo("selected", "Отобрана в проект", r => r.Selected)
        .YesNo("in_project", "В проекте", r => r.InProject)
        .YesNo("municipal_best", "Лучшая в муниципалитете", r => r.SelectedAsMunicipalBest)
        .YesNo("excluded", "Исключена (необъективность)", r => r.ExcludedForObjectivity)
        .District();

    private const string Sql = $"""
        SELECT year, login, school_name, municipality, district, mean_index, rank, selected,
               selected_as_municipal_best, excluded_for_objectivity,
               EXISTS (SELECT 1 FROM project_rosters AS r WHERE r.project_key = $p3 AND r.year = h.year AND r.login = h.login)
        FROM stable_high AS h
        WHERE {ExportFilter.Sql}
        ORDER BY year, rank NULLS LAST, login
        """;

    public override IReadOnlyList<StableHighRow> Rows(DuckDBConnection connection, ExportFilter filter) =>
        connection.Rows(Sql, r => new StableHighRow(
            r.GetInt32(0), r.GetString(1), r.NullableString(2), r.NullableString(3), r.NullableString(4),
            r.GetDouble(5), r.NullableInt(6), r.GetBoolean(7), r.GetBoolean(8), r.GetBoolean(9), r.GetBoolean(10)),
            [.. filter.Parameters, ProjectNames.Key(projects.StableHigh)]);
}
