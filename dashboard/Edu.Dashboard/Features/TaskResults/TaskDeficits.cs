using System.Globalization;
using Edu.Analytics;
using Edu.Analytics.Exports;
using Edu.Analytics.Model;

namespace Edu.Dashboard.Features.TaskResults;

/// <summary>
/// A school's or a municipality's task deficits in its latest year with task results, as the cards show them: the
/// procedures, how many task results they hold, and the rows below the mastery rate or (a school) far behind the region.
/// </summary>
public sealed record TaskDeficits(int? Year, IReadOnlyList<string> Procedures, int Tasks, IReadOnlyList<TaskResultRow> Deficits, string PlaceQuery, bool IsSchool, AnalyticsOptions Options)
{
    public const string View = "~/Features/TaskResults/_TaskDeficits.cshtml";

    /// <summary>The place's own rows (a school's or its municipality's) among every row the user may see.</summary>
    public static TaskDeficits Of(IEnumerable<TaskResultRow> own, string placeQuery, bool isSchool, AnalyticsOptions options)
    {
        var rows = own.ToList();
        var year = rows.Select(r => r.Year).DefaultIfEmpty().Max();
        var latest = rows.Where(r => r.Year == year).ToList();
        return new TaskDeficits(
            year == 0 ? null : year,
            latest.Select(r => r.Procedure).Distinct().Order(StringComparer.Ordinal).ToList(),
            latest.Count,
            latest.Where(TaskResultsTable.IsDeficit).OrderBy(r => r.Procedure, StringComparer.Ordinal).ThenBy(r => r.TaskNumber).ToList(),
            placeQuery,
            isSchool,
            options);
    }

    /// <summary>«/tasks» for a procedure of the year at this place.</summary>
    public string TasksUrl(string procedure) =>
        $"/tasks?year={Year?.ToString(CultureInfo.InvariantCulture)}&procedure={Uri.EscapeDataString(procedure)}{PlaceQuery}";

    public string Mastery => Options.TaskMasteryRate.ToString("0.#", CultureInfo.GetCultureInfo("ru-RU"));

    public string Gap => Options.TaskGapPoints.ToString("0.#", CultureInfo.GetCultureInfo("ru-RU"));

    public static bool Describes(TaskResultRow row, string? login, string? municipality) =>
        login is not null ? row.Login == login : row.Level == TaskLevel.Municipality && row.Municipality == municipality;
}
