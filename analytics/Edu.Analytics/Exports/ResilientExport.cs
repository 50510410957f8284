using DuckDB.NET.Data;
using Edu.Spreadsheets;

namespace Edu.Analytics.Exports;

/// <summary>
/// «resilient»: ШФНСУ schools with both resilience methods (SPEC §5), plus stably resilient schools
/// that are not ШФНСУ this year. A school that would be stably resilient but has an objectivity flag
/// in the window shows «нет» and says why in «Исключена (необъективность)».
/// </summary>
public static class ResilientExport
{
    public const string Name = "resilient";

    public static IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("Год", ExportType.Integer), new("Логин ОО", ExportType.Text), new("Наименование ОО", ExportType.Text),
        new("Муниципалитет", ExportType.Text), new("Индекс ИСБШ", ExportType.Number, "0.000"),
        new("Индекс результатов", ExportType.Number, "0.000"), new("Остаток модели", ExportType.Number, "0.000"),
        new("Резильентная (квартили)", ExportType.YesNo), new("Резильентная (добавленная ценность)", ExportType.YesNo),
        new("Стабильно резильентная", ExportType.YesNo), new("Признаки необъективности", ExportType.YesNo),
        new("Исключена (необъективность)", ExportType.YesNo), new("ШФНСУ", ExportType.YesNo),
        new("Образовательный округ", ExportType.Text),
    ];

    private const string Sql = $"""
        SELECT year, login, school_name, municipality, context_index, result_index, residual,
               resilient_by_quartile, resilient_by_value_added, stably_resilient, objectivity_flag,
               excluded_for_objectivity, is_disadvantaged, district
        FROM resilience
        WHERE {ExportQuery.Where}
        ORDER BY year, municipality, login
        """;

    public static ExportTable Query(DuckDBConnection connection, ExportFilter filter) =>
        ExportQuery.Run(connection, Name, "ШФНСУ и резильентные", Columns, Sql, filter);
}
