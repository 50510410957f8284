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

    private const string Order = " ORDER BY year, municipality, login, kind, subject, grade";

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

    public IReadOnlyList<object> Values(DuckDBConnection connection, ExportFilter filter, string column, IReadOnlyList<ColumnEquals> conditions) =>
        Narrowing.Values(connection, "objectivity", Narrowable, filter, column, conditions);

    private static ObjectivityRow Map(System.Data.Common.DbDataReader r) => new(
        r.GetInt32(0), r.GetString(1), r.NullableString(2), r.NullableString(3), r.NullableString(4),
        r.GetString(5), r.GetInt32(6), r.GetBoolean(7), r.GetBoolean(8),
        r.NullableDouble(9), r.NullableDouble(10), r.NullableDouble(11), r.GetBoolean(12), r.GetBoolean(13),
        r.NullableDouble(14), r.NullableDouble(15), r.NullableDouble(16), r.GetBoolean(17), r.NullableDouble(18), r.GetInt32(19));
}
