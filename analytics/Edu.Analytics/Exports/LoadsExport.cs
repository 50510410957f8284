using DuckDB.NET.Data;
using Edu.Reference;
using Edu.Spreadsheets;
using Edu.Storage;

namespace Edu.Analytics.Exports;

/// <summary>
/// «loads»: every load attempt (SPEC §5). Files span municipalities, so a municipal filter gets no rows: the
/// history is for region-wide roles only.
/// </summary>
public sealed class LoadsExport : Export<LoadRow>
{
    public override string Name => "loads";

    public override string Title => "Загрузки";

    public override ColumnMap<LoadRow> Columns { get; } = new ColumnMap<LoadRow>()
        .Moment("loaded_at", "Дата загрузки", r => r.LoadedAt)
        .Text("file", "Файл", r => r.FileName)
        .Text("kind", "Вид", r => r.KindName)
        .Text("hash", "Хэш", r => r.Hash)
        .Integer("rows", "Строк", r => r.RowCount)
        .Label("outcome", "Итог", LoadStatuses.Labels, r => r.Outcome)
        .Integer("errors", "Ошибок", r => r.ErrorCount)
        .Text("user", "Пользователь", r => r.User)
        .Text("scope", "Объём", r => r.Scope);

    private const string Sql = """
        SELECT load_id, loaded_at, file_name, kind, file_hash, scope, row_count, outcome, error_count, user_name, error_report IS NOT NULL
        FROM loads ORDER BY load_id
        """;

    public override IReadOnlyList<LoadRow> Rows(DuckDBConnection connection, ExportFilter filter) =>
        filter.Municipality is not null ? [] : connection.Rows(Sql, r => new LoadRow(
            r.GetInt64(0), r.GetDateTime(1), r.GetString(2), r.NullableString(3), r.GetString(4), r.NullableString(5),
            r.GetInt32(6), LoadStatuses.Labels.Parse(r.GetString(7)), r.GetInt32(8), r.GetString(9), r.GetBoolean(10)));
}
