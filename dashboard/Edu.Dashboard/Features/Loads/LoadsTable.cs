using DuckDB.NET.Data;
using Edu.Analytics.Exports;
using Edu.Dashboard.Access;
using Edu.Dashboard.Tables;
using Edu.Spreadsheets;
using Edu.Loading.Headers;

namespace Edu.Dashboard.Features.Loads;

/// <summary>
/// The load history. Files span municipalities, so it is for region-wide roles only (policy and query both say so);
/// «Скачать Excel» gives the workbook of «./edu export loads».
/// </summary>
public sealed class LoadsTable : DashboardTable
{
    public const string ReportColumn = "Отчёт об ошибках";

    public override string Name => "loads";

    public override string Title => "Загрузки";

    public override string? Policy => Policies.CanLoad;

    public override IReadOnlyList<TableFilter> Filters { get; } =
    [
        TableFilter.Year("Дата загрузки"), new("outcome", "Итог", "Итог"), new("kind", "Вид", "Вид"), new("user", "Пользователь", "Пользователь"),
    ];

    public override ExportTable Rows(DuckDBConnection connection, UserScope scope)
    {
        ExportColumn[] columns =
        [
            new("№", ExportType.Integer), new("Дата загрузки", ExportType.DateTime), new("Файл", ExportType.Text), new("Вид", ExportType.Text),
            new("Объём", ExportType.Text), new("Строк", ExportType.Integer), new("Итог", ExportType.Text), new("Ошибок", ExportType.Integer),
            new("Пользователь", ExportType.Text), new(ReportColumn, ExportType.Text),
        ];
        if (!scope.IsRegion) return new ExportTable(Name, Title, columns, []);
        var rows = RegistryExports.Read(connection, """
            SELECT load_id, loaded_at, file_name, kind, scope, row_count, outcome, error_count, user_name,
                   CASE WHEN error_report IS NOT NULL THEN 'скачать' END
            FROM loads ORDER BY load_id DESC
            """);
        foreach (var row in rows) row[3] = row[3] is string code ? FileKindNames.FromCode(code).ToRussian() : null;
        return new ExportTable(Name, Title, columns, rows);
    }

    public override ExportTable Export(DuckDBConnection connection, UserScope scope)
    {
        var table = RegistryExports.Loads(connection);
        return scope.IsRegion ? table : table with { Rows = [] };
    }

    public override string? Link(ExportTable table, object?[] row, int column) =>
        table.Columns[column].Header == ReportColumn && row[column] is not null && row[0] is long id ? ErrorReportEndpoint.Url(id) : null;
}
