using DuckDB.NET.Data;
using Edu.Spreadsheets;

namespace Edu.Analytics.Exports;

/// <summary>«mentors»: every «ШНОР» school and its mentor (SPEC §5). The municipality filter applies to the mentee.</summary>
public static class MentorsExport
{
    public const string Name = "mentors";

    public static IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("Год", ExportType.Integer), new("Логин ОО", ExportType.Text), new("Наименование ОО", ExportType.Text),
        new("Муниципалитет", ExportType.Text), new("Логин наставника", ExportType.Text), new("Наименование наставника", ExportType.Text),
        new("Муниципалитет наставника", ExportType.Text), new("Подбор", ExportType.Text), new("Образовательный округ", ExportType.Text),
    ];

    private const string Sql = $"""
        SELECT year, login, school_name, municipality, mentor_login, mentor_name, mentor_municipality, match, district
        FROM mentors
        WHERE {ExportQuery.Where}
        ORDER BY year, login
        """;

    public static ExportTable Query(DuckDBConnection connection, ExportFilter filter) =>
        ExportQuery.Run(connection, Name, "Наставничество", Columns, Sql, filter);
}
