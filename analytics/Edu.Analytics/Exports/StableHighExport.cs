using DuckDB.NET.Data;
using Edu.Spreadsheets;
using Edu.Storage;

namespace Edu.Analytics.Exports;

/// <summary>
/// «stable-high»: schools with result index ≥ P75 in each year of the window (SPEC §5), in rank order.
/// Schools removed for an objectivity flag come last, without a place, marked in «Исключена (необъективность)».
/// </summary>
public sealed class StableHighExport : Export<StableHighRow>
{
    public override string Name => "stable-high";

    public override string Title => "Стабильно высокие";

    public override ColumnMap<StableHighRow> Columns { get; } = new ColumnMap<StableHighRow>()
        .Year().School()
        .Number("mean_index", "Средний индекс результатов", r => r.MeanIndex, "0.000")
        .Integer("rank", "Место", r => r.Rank)
        .YesNo("selected", "Отобрана в проект", r => r.Selected)
        .YesNo("municipal_best", "Лучшая в муниципалитете", r => r.SelectedAsMunicipalBest)
        .YesNo("excluded", "Исключена (необъективность)", r => r.ExcludedForObjectivity)
        .District();

    private const string Sql = $"""
        SELECT year, login, school_name, municipality, district, mean_index, rank, selected,
               selected_as_municipal_best, excluded_for_objectivity
        FROM stable_high
        WHERE {ExportFilter.Sql}
        ORDER BY year, rank NULLS LAST, login
        """;

    public override IReadOnlyList<StableHighRow> Rows(DuckDBConnection connection, ExportFilter filter) =>
        connection.Rows(Sql, r => new StableHighRow(
            r.GetInt32(0), r.GetString(1), r.NullableString(2), r.NullableString(3), r.NullableString(4),
            r.GetDouble(5), r.NullableInt(6), r.GetBoolean(7), r.GetBoolean(8), r.GetBoolean(9)),
            filter.Parameters);
}
