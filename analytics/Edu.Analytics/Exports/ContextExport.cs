using DuckDB.NET.Data;
using Edu.Spreadsheets;

namespace Edu.Analytics.Exports;

/// <summary>«context»: schools with any context data, their ИСБШ and whether they are ШФНСУ (SPEC §5).</summary>
public static class ContextExport
{
    public const string Name = "context";

    public static IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("Год", ExportType.Integer), new("Логин ОО", ExportType.Text), new("Наименование ОО", ExportType.Text),
        new("Муниципалитет", ExportType.Text), new("Индекс ИСБШ", ExportType.Number, "0.000"), new("ШФНСУ", ExportType.YesNo),
        new("Индекс результатов", ExportType.Number, "0.000"), new("Показателей контекста", ExportType.Integer),
        new("Образовательный округ", ExportType.Text),
    ];

    private const string Sql = $"""
        SELECT year, login, school_name, municipality, context_index, is_disadvantaged, result_index, shares_used, district
        FROM context_index
        WHERE {ExportQuery.Where}
        ORDER BY year, municipality, login
        """;

    public static ExportTable Query(DuckDBConnection connection, ExportFilter filter) =>
        ExportQuery.Run(connection, Name, "Контекст ОО", Columns, Sql, filter);
}
