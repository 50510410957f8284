using DuckDB.NET.Data;
using Edu.Analytics.Model;
using Edu.Spreadsheets;
using Edu.Storage;

namespace Edu.Analytics.Exports;

/// <summary>
/// «task-results» (SPEC §13): every task's solve rate per year × procedure × group, the region first, then the
/// municipalities and their schools. The municipality filter keeps that municipality's rows and its schools'; the
/// region's rate is on every row. At country scale these are millions of rows, so files are written as they are read.
/// </summary>
public sealed class TaskResultsExport : Export<TaskResultRow>, INarrowedExport<TaskResultRow>
{
    public override string Name => "task-results";

    public override string Title => "Выполнение заданий";

    public override ColumnMap<TaskResultRow> Columns { get; } = new ColumnMap<TaskResultRow>()
        .Year()
        .Text("procedure", "Процедура", r => r.Procedure, width: 24)
        .Label("level", "Уровень", Labels.TaskLevels, r => r.Level)
        .Text("login", "Логин ОО", r => r.Login, r => EntityRef.School(r.Login))
        .Text("name", "Наименование", r => r.Name, r => r.Level == TaskLevel.School ? EntityRef.School(r.Login) : EntityRef.Municipality(r.Municipality), width: 40)
        .Text("municipality", "Муниципалитет", r => r.Municipality, r => EntityRef.Municipality(r.Municipality), width: 28)
        .Text("task", "Номер задания", r => r.TaskLabel)
        .Text("requirement", "Проверяемые требования", r => r.Requirement, width: 60)
        .Number("max_score", "Максимальный балл", r => r.MaxScore, "General")
        .Integer("works", "Работ", r => r.Works)
        .Number("rate", "Выполнение, %", r => r.Rate, RateFormat, RateText)
        .Number("region_rate", "Выполнение по региону, %", r => r.RegionRate, RateFormat, RateText)
        .Number("deviation", "Отклонение от региона, п.п.", r => r.Deviation, RateFormat, RateText)
        .YesNo("below_mastery", "Ниже 50 %", r => r.BelowMastery)
        .YesNo("lags", "Отставание", r => r.Lags)
        .Text("district", "Образовательный округ", r => r.District);

    // SPEC §13: rates with at least two decimals — shown so in the .xlsx, written so in the .csv (up to four, as every export).
    private const string RateFormat = "0.00";
    private const string RateText = "0.00##";

    private const string Select = """
        SELECT year, procedure_label, level, login, school_name, municipality, district, task_no, task_label, requirement,
               max_score, works, rate, region_rate, below_mastery, lags
        FROM task_results
        """;

    // No ORDER BY: the recompute writes the rows in the export's order (year, procedure, the region, the municipalities,
    // their schools; TaskResults.Compute) and DuckDB returns a table's rows in the order they were inserted
    // (preserve_insertion_order, on by default). Sorting instead held every row being exported: 1.2 GB of peak memory
    // for the 3.2 million rows of the country-scale bench, against 170 MB for one municipality-year.
    private const string Sql = $"{Select} WHERE {ExportFilter.Sql}";

    private const string CountSql = $"SELECT count(*) FROM task_results WHERE {ExportFilter.Sql}";

    private const string DeficitsSql = $"{Select} WHERE {ExportFilter.Sql} AND login IS NULL AND below_mastery";

    private const string RegionSql = $"{Select} WHERE login IS NULL AND municipality IS NULL";

    public override IReadOnlyList<TaskResultRow> Rows(DuckDBConnection connection, ExportFilter filter) =>
        connection.Rows(Sql, Map, filter.Parameters);

    /// <summary>The page's filters as columns: «deficit» is the page's «Ниже 50 % или отставание» (TaskResultsTable.IsDeficit).</summary>
    public IReadOnlyDictionary<string, string> Narrowable { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["year"] = "year",
        ["procedure"] = "procedure_label",
        ["level"] = "level",
        ["municipality"] = "municipality",
        ["login"] = "login",
        ["deficit"] = "(below_mastery OR coalesce(lags, false))",
    };

    public IReadOnlyList<TaskResultRow> Rows(DuckDBConnection connection, ExportFilter filter, IReadOnlyList<ColumnEquals> conditions) =>
        connection.Rows(Sql + Narrowing.Sql(Narrowable, conditions), Map, Narrowing.Parameters(filter, conditions));

    public IReadOnlyDictionary<string, SortColumn> Sortable { get; } = new Dictionary<string, SortColumn>(StringComparer.Ordinal)
    {
        ["name"] = new($"CASE level WHEN '{Labels.TaskLevels.Text(TaskLevel.School)}' THEN school_name WHEN '{Labels.TaskLevels.Text(TaskLevel.Municipality)}' THEN municipality ELSE '{Labels.Region}' END", Text: true),
        ["municipality"] = new("municipality", Text: true),
        ["task"] = new("task_label", Text: true),
        ["works"] = new("works"),
        ["rate"] = new("rate"),
        ["region_rate"] = new("region_rate"),
        ["deviation"] = new("rate - region_rate"),
        ["below_mastery"] = new("below_mastery"),
        ["lags"] = new("lags"),
    };

    public long Count(DuckDBConnection connection, ExportFilter filter, IReadOnlyList<ColumnEquals> conditions) =>
        connection.Scalar<long>(CountSql + Narrowing.Sql(Narrowable, conditions), Narrowing.Parameters(filter, conditions));

    // The rows' own order is the order they were written in (see Sql): rowid.
    public IReadOnlyList<TaskResultRow> Page(DuckDBConnection connection, ExportFilter filter, IReadOnlyList<ColumnEquals> conditions,
        string? sort, bool descending, int offset, int limit) =>
        connection.Rows($"{Sql}{Narrowing.Sql(Narrowable, conditions)}{Narrowing.Order(Sortable, sort, descending, "rowid")} LIMIT {limit} OFFSET {offset}",
            Map, Narrowing.Parameters(filter, conditions));

    public IReadOnlyList<object> Values(DuckDBConnection connection, ExportFilter filter, string column, IReadOnlyList<ColumnEquals> conditions) =>
        Narrowing.Values(connection, "task_results", Narrowable, filter, column, conditions);

    /// <summary>
    /// The region's and the municipalities' tasks below the mastery rate (the report's «Дефициты ВПР»); with a
    /// municipality, that municipality's only.
    /// </summary>
    public IReadOnlyList<TaskResultRow> Deficits(DuckDBConnection connection, ExportFilter filter) =>
        connection.Rows(DeficitsSql, Map, filter.Parameters);

    /// <summary>
    /// The region's rows of every year and procedure: aggregates of all the region's works, the yardstick a municipal
    /// reader compares with (its own export holds only its municipality's rows, each with the region's rate).
    /// </summary>
    public IReadOnlyList<TaskResultRow> Region(DuckDBConnection connection) => connection.Rows(RegionSql, Map);

    /// <summary>
    /// Above this many rows the file is streamed; up to it, written as every other export (print setup, widths, wrapped
    /// skill texts). The streamed .xlsx has no print setup — SpreadCheetah writes cells, not page layout — and a
    /// municipality's or a school's rows are what gets printed; the held writer needs about 17 KB a row (1 GB for
    /// 60,000), so past 20,000 rows flat memory matters more than the page.
    /// </summary>
    public long StreamAbove { get; init; } = 20_000;

    /// <summary>Small selections as a document; large ones streamed into the file as they are read, in flat memory.</summary>
    public override long Write(DuckDBConnection connection, ExportFilter filter, string path, DocumentHeading heading)
    {
        // One snapshot: the count that sizes each sheet's filter is that of the rows written.
        using var snapshot = connection.BeginTransaction();
        var count = connection.Scalar<long>(CountSql, filter.Parameters);
        if (count <= StreamAbove) return base.Write(connection, filter, path, heading);
        return StreamingExportWriter.Write(heading, Columns, connection.EnumerateRows(Sql, Map, filter.Parameters), count, path);
    }

    private static TaskResultRow Map(System.Data.Common.DbDataReader r) => new(
        r.GetInt32(0), r.GetString(1), Labels.TaskLevels.Parse(r.GetString(2)), r.NullableString(3), r.NullableString(4), r.NullableString(5),
        r.NullableString(6), r.GetInt32(7), r.GetString(8), r.NullableString(9), r.GetDouble(10), r.GetInt32(11), r.GetDouble(12),
        r.GetDouble(13), r.GetBoolean(14), r.IsDBNull(15) ? null : r.GetBoolean(15));
}
