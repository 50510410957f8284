using DuckDB.NET.Data;
using Edu.Spreadsheets;

namespace Edu.Analytics.Exports;

/// <summary>«shnor»: schools with the status «ШНОР» or «группа риска» (SPEC §5).</summary>
public static class ShnorExport
{
    public const string Name = "shnor";

    public static IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("Год", ExportType.Integer), new("Логин ОО", ExportType.Text), new("Наименование ОО", ExportType.Text),
        new("Муниципалитет", ExportType.Text), new("Статус", ExportType.Text), new("Основание А", ExportType.YesNo),
        new("Основание Б", ExportType.YesNo), new("Процедуры", ExportType.Text),
        new("Лет в списке подряд", ExportType.Integer), new("Образовательный округ", ExportType.Text),
    ];

    private const string Sql = $"""
        SELECT year, login, school_name, municipality, status, ground_a, ground_b, procedures, years_listed, district
        FROM shnor
        WHERE {ExportQuery.Where}
        ORDER BY year, status DESC, municipality, login
        """;

    public static ExportTable Query(DuckDBConnection connection, ExportFilter filter) =>
        ExportQuery.Run(connection, Name, "ШНОР", Columns, Sql, filter);
}
