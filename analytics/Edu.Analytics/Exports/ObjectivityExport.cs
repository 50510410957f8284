using DuckDB.NET.Data;
using Edu.Spreadsheets;
using Edu.Storage;

namespace Edu.Analytics.Exports;

/// <summary>«objectivity»: counted ВПР school × procedure with individual results and the three checks (SPEC §5).</summary>
public sealed class ObjectivityExport : Export<ObjectivityRow>, INarrowedExport<ObjectivityRow>
{
    public override string Name => "objectivity";

    public override string Title => "Объективность";

    public override ColumnMap<ObjectivityRow> Columns { get; } = new ColumnMap<ObjectivityRow>()
        .Year().School()
        .Text("procedure", "Процедура", r => r.Procedure)
        .Integer("participants", "Участников", r => r.Participants)
        .YesNo("inflated_mean", "Завышенный средний", r => r.InflatedMean)
        .YesNo("journal_mismatch", "Несоответствие журналу", r => r.JournalMismatch)
        .Number("lowered_pct", "Понизили, %", r => r.LoweredPct, "0.0")
        .Number("confirmed_pct", "Подтвердили, %", r => r.ConfirmedPct, "0.0")
        .Number("raised_pct", "Повысили, %", r => r.RaisedPct, "0.0")
        .YesNo("marks_vs_journal", "Расхождение с журналом", r => r.MarksVsJournal)
        .YesNo("flagged", "Признаки необъективности", r => r.Flagged)
        .Number("school_lower_bound", "Нижняя граница среднего ОО", r => r.SchoolLowerBound)
        .Number("region_upper_bound", "Верхняя граница среднего региона", r => r.RegionUpperBound)
        .Number("other_results_z", "Другие результаты ОО (z)", r => r.OtherResultsZ, "0.000")
        .YesNo("exempt_by_type", "Гимназия или лицей", r => r.ExemptByType)
        .Number("spearman", "Корреляция Спирмена", r => r.Spearman, "0.000")
        .Integer("spearman_pairs", "Пар для корреляции", r => r.SpearmanPairs)
        .District();

    private const string Select = """
        SELECT year, login, school_name, municipality, district, procedure_label, participants, inflated_mean, journal_mismatch,
               lowered_pct, confirmed_pct, raised_pct, marks_vs_journal, flagged, school_lower_bound, region_upper_bound,
               other_results_z, exempt_by_type, spearman, spearman_pairs
        FROM objectivity
        """;

    private const string ExportOrder = "year, municipality, login, kind, subject, grade";

    private const string Order = " ORDER BY " + ExportOrder;

    public override IReadOnlyList<ObjectivityRow> Rows(DuckDBConnection connection, ExportFilter filter) => Rows(connection, filter, []);

    /// <summary>The page's filters as columns.</summary>
    public IReadOnlyDictionary<string, string> Narrowable { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["year"] = "year",
        ["municipality"] = "municipality",
        ["district"] = "district",
    };

    public IReadOnlyList<ObjectivityRow> Rows(DuckDBConnection connection, ExportFilter filter, IReadOnlyList<ColumnEquals> conditions) =>
        connection.Rows($"{Select} WHERE {ExportFilter.Sql}{Narrowing.Sql(Narrowable, conditions)}{Order}", Map, Narrowing.Parameters(filter, conditions));

    public IReadOnlyDictionary<string, SortColumn> Sortable { get; } = new Dictionary<string, SortColumn>(StringComparer.Ordinal)
    {
        ["year"] = new("year"),
        ["login"] = new("login", Text: true),
        ["school_name"] = new("school_name", Text: true),
        ["municipality"] = new("municipality", Text: true),
        ["procedure"] = new("procedure_label", Text: true),
        ["participants"] = new("participants"),
        ["inflated_mean"] = new("inflated_mean"),
        ["journal_mismatch"] = new("journal_mismatch"),
        ["lowered_pct"] = new("lowered_pct"),
        ["confirmed_pct"] = new("confirmed_pct"),
        ["raised_pct"] = new("raised_pct"),
        ["marks_vs_journal"] = new("marks_vs_journal"),
        ["flagged"] = new("flagged"),
        ["school_lower_bound"] = new("school_lower_bound"),
        ["region_upper_bound"] = new("region_upper_bound"),
        ["other_results_z"] = new("other_results_z"),
        ["exempt_by_type"] = new("exempt_by_type"),
        ["spearman"] = new("spearman"),
        ["spearman_pairs"] = new("spearman_pairs"),
        ["district"] = new("district", Text: true),
    };

    public long Count(DuckDBConnection connection, ExportFilter filter, IReadOnlyList<ColumnEquals> conditions) =>
        connection.Scalar<long>($"SELECT count(*) FROM objectivity WHERE {ExportFilter.Sql}{Narrowing.Sql(Narrowable, conditions)}", Narrowing.Parameters(filter, conditions));

    public IReadOnlyList<ObjectivityRow> Page(DuckDBConnection connection, ExportFilter filter, IReadOnlyList<ColumnEquals> conditions,
        string? sort, bool descending, int offset, int limit) =>
        connection.Rows($"{Select} WHERE {ExportFilter.Sql}{Narrowing.Sql(Narrowable, conditions)}{Narrowing.Order(Sortable, sort, descending, ExportOrder)} LIMIT {limit} OFFSET {offset}",
            Map, Narrowing.Parameters(filter, conditions));

    public IReadOnlyList<object> Values(DuckDBConnection connection, ExportFilter filter, string column, IReadOnlyList<ColumnEquals> conditions) =>
        Narrowing.Values(connection, "objectivity", Narrowable, filter, column, conditions);

    private static ObjectivityRow Map(System.Data.Common.DbDataReader r) => new(
        r.GetInt32(0), r.GetString(1), r.NullableString(2), r.NullableString(3), r.NullableString(4),
        r.GetString(5), r.GetInt32(6), r.GetBoolean(7), r.GetBoolean(8),
        r.NullableDouble(9), r.NullableDouble(10), r.NullableDouble(11), r.GetBoolean(12), r.GetBoolean(13),
        r.NullableDouble(14), r.NullableDouble(15), r.NullableDouble(16), r.GetBoolean(17), r.NullableDouble(18), r.GetInt32(19));
}
