using DuckDB.NET.Data;
using Edu.Spreadsheets;
using Edu.Storage;

namespace Edu.Analytics.Exports;

/// <summary>
/// «resilient»: ШФНСУ schools with both resilience methods (SPEC §5), plus stably resilient schools
/// that are not ШФНСУ this year. A school that would be stably resilient but has an objectivity flag
/// in the window shows «нет» and says why in «Исключена (необъективность)».
/// </summary>
public sealed class ResilientExport : Export<ResilientRow>
{
    public override string Name => "resilient";

    public override string Title => "ШФНСУ и резильентные";

    public override ColumnMap<ResilientRow> Columns { get; } = new ColumnMap<ResilientRow>()
        .Year().School()
        .Number("context_index", "Индекс ИСБШ", r => r.ContextIndex, "0.000")
        .Number("result_index", "Индекс результатов", r => r.ResultIndex, "0.000")
        .Number("residual", "Остаток модели", r => r.Residual, "0.000")
        .YesNo("by_quartile", "Резильентная (квартили)", r => r.ResilientByQuartile)
        .YesNo("by_value_added", "Резильентная (добавленная ценность)", r => r.ResilientByValueAdded)
        .YesNo("stably_resilient", "Стабильно резильентная", r => r.StablyResilient)
        .YesNo("objectivity_flag", "Признаки необъективности", r => r.ObjectivityFlag)
        .YesNo("excluded", "Исключена (необъективность)", r => r.ExcludedForObjectivity)
        .YesNo("disadvantaged", "ШФНСУ", r => r.IsDisadvantaged)
        .District();

    private const string Sql = $"""
        SELECT year, login, school_name, municipality, district, context_index, result_index, residual,
               resilient_by_quartile, resilient_by_value_added, stably_resilient, objectivity_flag,
               excluded_for_objectivity, is_disadvantaged
        FROM resilience
        WHERE {ExportFilter.Sql}
        ORDER BY year, municipality, login
        """;

    public override IReadOnlyList<ResilientRow> Rows(DuckDBConnection connection, ExportFilter filter) =>
        connection.Rows(Sql, r => new ResilientRow(
            r.GetInt32(0), r.GetString(1), r.NullableString(2), r.NullableString(3), r.NullableString(4),
            r.NullableDouble(5), r.NullableDouble(6), r.NullableDouble(7),
            r.GetBoolean(8), r.GetBoolean(9), r.GetBoolean(10), r.GetBoolean(11), r.GetBoolean(12), r.GetBoolean(13)),
            filter.Parameters);
}
