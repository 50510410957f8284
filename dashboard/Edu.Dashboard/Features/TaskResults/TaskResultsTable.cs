using Edu.Analytics.Exports;
using Edu.Analytics.Model;
using Edu.Dashboard.Features.Analytics;
using Edu.Dashboard.Tables;

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

    protected override Export<TaskResultRow> ReadModel { get; } = new TaskResultsExport();

    public override IReadOnlyList<string> MessageTopics { get; } = ["задани", "впр"];

    public override IReadOnlyList<TableFilter<TaskResultRow>> Filters { get; } =
    [
        TableFilters.Year<TaskResultRow>(),
        new(ProcedureKey, "Процедура", r => r.Procedure),
        new(LevelKey, "Уровень", r => Labels.TaskLevels.Text(r.Level)),
        TableFilters.Municipality<TaskResultRow>(r => r.Municipality),
        new(DeficitKey, "Ниже 50 % или отставание", r => IsDeficit(r) ? "да" : "нет"),
    ];

    /// <summary>A task the group should work on: below the mastery rate, or (a school) far behind the region.</summary>
    public static bool IsDeficit(TaskResultRow row) => row.BelowMastery || row.Lags == true;
}
