using DuckDB.NET.Data;
using Edu.Analytics.Model;
using Edu.Spreadsheets;
using Edu.Storage;

namespace Edu.Analytics.Exports;

/// <summary>«shnor»: schools with the status «ШНОР» or «группа риска» (SPEC §5).</summary>
public sealed class ShnorExport : Export<ShnorRow>
{
    public override string Name => "shnor";

    public override string Title => "ШНОР";

    public override ColumnMap<ShnorRow> Columns { get; } = new ColumnMap<ShnorRow>()
        .Year().School()
        .Label("status", "Статус", Labels.ShnorStatuses, r => r.Status)
        .YesNo("ground_a", "Основание А", r => r.GroundA)
        .YesNo("ground_b", "Основание Б", r => r.GroundB)
        .Text("procedures", "Процедуры", r => r.Procedures)
        .Integer("years_listed", "Лет в списке подряд", r => r.YearsListed)
        .District();

    private const string Sql = $"""
        SELECT year, login, school_name, municipality, district, status, ground_a, ground_b, procedures, years_listed
        FROM shnor
        WHERE {ExportFilter.Sql}
        ORDER BY year, status DESC, municipality, login
        """;

    public override IReadOnlyList<ShnorRow> Rows(DuckDBConnection connection, ExportFilter filter) =>
        connection.Rows(Sql, r => new ShnorRow(
            r.GetInt32(0), r.GetString(1), r.NullableString(2), r.NullableString(3), r.NullableString(4),
            Labels.ShnorStatuses.Parse(r.GetString(5)), r.GetBoolean(6), r.GetBoolean(7), r.GetString(8), r.GetInt32(9)),
            filter.Parameters);
}
