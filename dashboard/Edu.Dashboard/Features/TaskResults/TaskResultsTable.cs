using Edu.Analytics.Exports;
using Edu.Analytics.Model;
using Edu.Dashboard.Features.Analytics;
using Edu.Dashboard.Tables;
using Edu.Spreadsheets;

namespace Edu.Dashboard.Features.TaskResults;

/// <summary>
/// «./edu export task-results»: every task's solve rate per procedure-year and group. The page fixes the procedure, the
/// year, the level «ОО» and «Дефицит» = «да» to list the schools' deficits; the same filters make the download.
/// </summary>
public sealed class TaskResultsTable : AnalyticsTable<TaskResultRow>
{
    public const string ProcedureKey = "procedure";
    public const string LevelKey = "level";
    public const string DeficitKey = "deficit";

    private const string Yes = "да";
    private const string No = "нет";

    private static readonly string[] PageColumns =
        ["name", "municipality", "task", "works", "rate", "region_rate", "deviation", "below_mastery", "lags"];

    public TaskResultsTable() =>
        // The page lists one procedure-year's schools: the year, procedure and level are in its heading, the skill texts in
        // the table above it. The columns are the export map's own, so their headers are written in one place.
        Columns = PageColumns.Aggregate(new ColumnMap<TaskResultRow>(), (map, key) => map.Add(ReadModel.Columns[key]));

    protected override Export<TaskResultRow> ReadModel { get; } = new TaskResultsExport();

    public override ColumnMap<TaskResultRow> Columns { get; }

    /// <summary>The download is «./edu export task-results» with the page's filters: every SPEC §13 column.</summary>
    protected override ColumnMap<TaskResultRow> ExportColumns => ReadModel.Columns;

    public override IReadOnlyList<string> MessageTopics { get; } = ["задани", "впр"];

    // Millions of rows at country scale: the page and the download read those of the request's filters.
    public override bool FiltersInQuery => true;

    public override IReadOnlyList<TableFilter<TaskResultRow>> Filters { get; } =
    [
        TableFilters.Year<TaskResultRow>(),
        new(ProcedureKey, "Процедура", r => r.Procedure) { Column = "procedure" },
        // The stored level is its label.
        new(LevelKey, "Уровень", r => Labels.TaskLevels.Text(r.Level)) { Column = "level" },
        TableFilters.Municipality<TaskResultRow>(r => r.Municipality),
        new(DeficitKey, "Ниже 50 % или отставание", r => IsDeficit(r) ? Yes : No)
        {
            Column = "deficit",
            ToColumn = text => text switch { Yes => true, No => false, _ => null },
            FromColumn = value => (bool)value ? Yes : No,
        },
    ];

    /// <summary>A task the group should work on: below the mastery rate, or (a school) far behind the region.</summary>
    public static bool IsDeficit(TaskResultRow row) => row.BelowMastery || row.Lags == true;
}
