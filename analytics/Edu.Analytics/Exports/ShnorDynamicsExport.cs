using DuckDB.NET.Data;
using Edu.Analytics.Model;
using Edu.Spreadsheets;
using Edu.Storage;

namespace Edu.Analytics.Exports;

/// <summary>«shnor-dynamics» (SPEC §13): whether the schools listed in Y−1 or Y left the ШНОР list, with their low rates.</summary>
public sealed class ShnorDynamicsExport : Export<ShnorDynamicsRow>
{
    public override string Name => "shnor-dynamics";

    public override string Title => "Динамика ШНОР";

    public override ColumnMap<ShnorDynamicsRow> Columns { get; } = new ColumnMap<ShnorDynamicsRow>()
        .Year().School()
        .Label("previous_status", "Статус в прошлом году", Labels.ShnorStatuses, r => r.PreviousStatus)
        .Label("status", "Статус", Labels.ShnorStatuses, r => r.Status)
        .Label("change", "Изменение", Labels.ShnorChanges, r => r.Change)
        .Number("previous_low_rate", "Доля низких результатов в прошлом году, %", r => r.PreviousLowRate)
        .Number("low_rate", "Доля низких результатов, %", r => r.LowRate)
        .Number("low_rate_change", "Изменение, п.п.", r => r.LowRateChange)
        .District();

    private const string Sql = $"""
        SELECT year, login, school_name, municipality, district, previous_status, status, change, previous_low_rate, low_rate
        FROM shnor_dynamics
        WHERE {ExportFilter.Sql}
        ORDER BY year, municipality, login
        """;

    public override IReadOnlyList<ShnorDynamicsRow> Rows(DuckDBConnection connection, ExportFilter filter) =>
        connection.Rows(Sql, r => new ShnorDynamicsRow(
            r.GetInt32(0), r.GetString(1), r.NullableString(2), r.NullableString(3), r.NullableString(4),
            Status(r.NullableString(5)), Status(r.NullableString(6)), Labels.ShnorChanges.Parse(r.GetString(7)),
            r.NullableDouble(8), r.NullableDouble(9)),
            filter.Parameters);

    private static ShnorStatus? Status(string? label) => label is null ? null : Labels.ShnorStatuses.Parse(label);
}
