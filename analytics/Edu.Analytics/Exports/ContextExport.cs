using DuckDB.NET.Data;
using Edu.Spreadsheets;
using Edu.Storage;

namespace Edu.Analytics.Exports;

/// <summary>«context»: schools with any context data, their ИСБШ and whether they are ШФНСУ (SPEC §5).</summary>
public sealed class ContextExport : Export<ContextRow>
{
    public override string Name => "context";

    public override string Title => "Контекст ОО";

    public override ColumnMap<ContextRow> Columns { get; } = new ColumnMap<ContextRow>()
        .Year().School()
        .Number("context_index", "Индекс ИСБШ", r => r.ContextIndex, "0.000")
        .YesNo("disadvantaged", "ШФНСУ", r => r.IsDisadvantaged)
        .Number("result_index", "Индекс результатов", r => r.ResultIndex, "0.000")
        .Integer("shares_used", "Показателей контекста", r => r.SharesUsed)
        .District();

    private const string Sql = $"""
        SELECT year, login, school_name, municipality, district, context_index, is_disadvantaged, result_index, shares_used
        FROM context_index
        WHERE {ExportFilter.Sql}
        ORDER BY year, municipality, login
        """;

    public override IReadOnlyList<ContextRow> Rows(DuckDBConnection connection, ExportFilter filter) =>
        connection.Rows(Sql, r => new ContextRow(
            r.GetInt32(0), r.GetString(1), r.NullableString(2), r.NullableString(3), r.NullableString(4),
            r.NullableDouble(5), r.GetBoolean(6), r.NullableDouble(7), r.GetInt32(8)),
            filter.Parameters);
}
