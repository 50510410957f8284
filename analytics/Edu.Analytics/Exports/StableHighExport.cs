using DuckDB.NET.Data;
using Edu.Spreadsheets;

namespace Edu.Analytics.Exports;

/// <summary>
/// «stable-high»: schools with result index ≥ P75 in each year of the window (SPEC §5), in rank order.
/// Schools removed for an objectivity flag come last, without a place, marked in «Исключена (необъективность)».
/// </summary>
public static class StableHighExport
{
    public const string Name = "stable-high";

    public static IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("Год", ExportType.Integer), new("Логин ОО", ExportType.Text), new("Наименование ОО", ExportType.Text),
        new("Муниципалитет", ExportType.Text), new("Средний индекс результатов", ExportType.Number, "0.000"),
        new("Место", ExportType.Integer), new("Отобрана в проект", ExportType.YesNo),
        new("Лучшая в муниципалитете", ExportType.YesNo), new("Исключена (необъективность)", ExportType.YesNo),
        new("Образовательный округ", ExportType.Text),
    ];

    private const string Sql = $"""
        SELECT year, login, school_name, municipality, mean_index, rank, selected,
               selected_as_municipal_best, excluded_for_objectivity, district
        FROM stable_high
        WHERE {ExportQuery.Where}
        ORDER BY year, rank NULLS LAST, login
        """;

    public static ExportTable Query(DuckDBConnection connection, ExportFilter filter) =>
        ExportQuery.Run(connection, Name, "Стабильно высокие", Columns, Sql, filter);
}
