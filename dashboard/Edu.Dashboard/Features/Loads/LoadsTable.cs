using DuckDB.NET.Data;
using Edu.Analytics.Exports;
using Edu.Dashboard.Access;
using Edu.Dashboard.Tables;
using Edu.Reference;
using Edu.Spreadsheets;

namespace Edu.Dashboard.Features.Loads;

/// <summary>
/// The load history, newest first, with the kind's Russian name and the error report. Files span municipalities,
/// so it is for region-wide roles only (policy and query both say so); «Скачать Excel» gives the workbook of
/// «./edu export loads».
/// </summary>
public sealed class LoadsTable : DashboardTable<LoadRow>
{
    private const string ReportKey = "report";
    private readonly LoadsExport _export = new();

    public override string Name => _export.Name;

    public override string Title => _export.Title;

    public override string? Policy => Policies.CanLoad;

    public override ColumnMap<LoadRow> Columns { get; } = new ColumnMap<LoadRow>()
        .Integer("id", "№", r => r.LoadId)
        .Moment("loaded_at", "Дата загрузки", r => r.LoadedAt)
        .Text("file", "Файл", r => r.FileName)
        .Text("kind", "Вид", r => r.KindName)
        .Text("scope", "Объём", r => r.Scope)
        .Integer("rows", "Строк", r => r.RowCount)
        .Label("outcome", "Итог", LoadStatuses.Labels, r => r.Outcome)
        .Integer("errors", "Ошибок", r => r.ErrorCount)
        .Text("user", "Пользователь", r => r.User)
        .Text(ReportKey, "Отчёт об ошибках", r => r.HasErrorReport ? "скачать" : null);

    public override IReadOnlyList<TableFilter<LoadRow>> Filters { get; } =
    [
        TableFilters.Year<LoadRow>(r => r.LoadedAt.Year),
        new("outcome", "Итог", r => LoadStatuses.Labels.Text(r.Outcome)),
        new("kind", "Вид", r => r.KindName),
        new("user", "Пользователь", r => r.User),
    ];

    protected override ColumnMap<LoadRow> ExportColumns => _export.Columns;

    public override IReadOnlyList<LoadRow> Rows(DuckDBConnection connection, UserScope scope) => [.. ExportRows(connection, scope).Reverse()];

    protected override IReadOnlyList<LoadRow> ExportRows(DuckDBConnection connection, UserScope scope) =>
        scope.IsRegion ? _export.Rows(connection, ExportFilter.None) : [];

    public override string? Link(LoadRow row, Column<LoadRow> column) =>
        column.Key == ReportKey && row.HasErrorReport ? ErrorReportEndpoint.Url(row.LoadId) : base.Link(row, column);
}
