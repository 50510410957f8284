using DuckDB.NET.Data;
using Edu.Spreadsheets;

namespace Edu.Analytics.Exports;

/// <summary>«objectivity»: counted ВПР school × procedure with individual results and the three checks (SPEC §5).</summary>
public static class ObjectivityExport
{
    public const string Name = "objectivity";

    public static IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("Год", ExportType.Integer), new("Логин ОО", ExportType.Text), new("Наименование ОО", ExportType.Text),
        new("Муниципалитет", ExportType.Text), new("Процедура", ExportType.Text), new("Участников", ExportType.Integer),
        new("Завышенный средний", ExportType.YesNo), new("Несоответствие журналу", ExportType.YesNo),
        new("Понизили, %", ExportType.Number, "0.0"), new("Подтвердили, %", ExportType.Number, "0.0"),
        new("Повысили, %", ExportType.Number, "0.0"), new("Расхождение с журналом", ExportType.YesNo),
        new("Признаки необъективности", ExportType.YesNo), new("Нижняя граница среднего ОО", ExportType.Number),
        new("Верхняя граница среднего региона", ExportType.Number), new("Другие результаты ОО (z)", ExportType.Number, "0.000"),
        new("Гимназия или лицей", ExportType.YesNo), new("Корреляция Спирмена", ExportType.Number, "0.000"),
        new("Пар для корреляции", ExportType.Integer), new("Образовательный округ", ExportType.Text),
    ];

    private const string Sql = $"""
        SELECT year, login, school_name, municipality, procedure_label, participants, inflated_mean, journal_mismatch,
               lowered_pct, confirmed_pct, raised_pct, marks_vs_journal, flagged, school_lower_bound, region_upper_bound,
               other_results_z, exempt_by_type, spearman, spearman_pairs, district
        FROM objectivity
        WHERE {ExportQuery.Where}
        ORDER BY year, municipality, login, kind, subject, grade
        """;

    public static ExportTable Query(DuckDBConnection connection, ExportFilter filter) =>
        ExportQuery.Run(connection, Name, "Объективность", Columns, Sql, filter);
}
