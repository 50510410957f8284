using System.Globalization;
using Edu.Analytics.Exports;
using Edu.Analytics.Model;

namespace Edu.Dashboard.Features.Indicators;

/// <summary>One target in a cell of the matrix: its status, and the numbers it is judged by, shown in the cell itself.</summary>
public sealed record AttainmentCell(DateOnly Deadline, AttainmentStatus Status, TargetCondition Condition, double Target, double? Value, DateOnly? ValueDate)
{
    public string StatusLabel => Labels.Status(Status);

    /// <summary>«≥ 75»: the condition and the target value.</summary>
    public string Goal => (Condition == TargetCondition.AtLeast ? "≥ " : "≤ ") + Target.ToString("0.#", CultureInfo.GetCultureInfo("ru-RU"));

    /// <summary>The most relevant target first: the nearest deadline not passed, then passed ones from the latest back.</summary>
    public static IEnumerable<AttainmentCell> MostRelevantFirst(IEnumerable<AttainmentCell> cells, DateOnly asOf) =>
        cells.OrderBy(c => c.Deadline >= asOf ? 0 : 1).ThenBy(c => c.Deadline >= asOf ? c.Deadline.DayNumber : -c.Deadline.DayNumber);
}

/// <summary>Municipality × indicator: the statuses of every target, read from the rows of the indicators export.</summary>
public sealed class AttainmentMatrix
{
    public required IReadOnlyList<(string Code, string Name)> Indicators { get; init; }

    /// <summary>The region first (when the scope has it), then municipalities in Russian order.</summary>
    public required IReadOnlyList<string> Municipalities { get; init; }

    public required IReadOnlyDictionary<(string Municipality, string Code), IReadOnlyList<AttainmentCell>> Cells { get; init; }

    public IReadOnlyList<AttainmentCell> Cell(string municipality, string code) => Cells.GetValueOrDefault((municipality, code)) ?? [];

    public static AttainmentMatrix From(IReadOnlyList<IndicatorRow> rows)
    {
        var ru = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("ru-RU"), ignoreCase: true);
        var cells = rows
            .GroupBy(r => (r.Municipality, r.Code))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<AttainmentCell>)AttainmentCell.MostRelevantFirst(
                g.Select(r => new AttainmentCell(r.Deadline, r.Status, r.Condition, r.TargetValue, r.Value, r.ValueDate)), g.First().AsOf).ToList());
        return new AttainmentMatrix
        {
            Indicators = rows.Select(r => (r.Code, r.Name)).DistinctBy(i => i.Code).OrderBy(i => i.Code, StringComparer.Ordinal).ToList(),
            Municipalities = rows.Select(r => r.Municipality).Distinct()
                .OrderBy(m => m == Labels.Region ? 0 : 1).ThenBy(m => m, ru).ToList(),
            Cells = cells,
        };
    }

    /// <summary>CSS class of a status; the text label is always shown as well, colour only helps.</summary>
    public static string CssClass(AttainmentStatus status) => status switch
    {
        AttainmentStatus.Achieved => "st-achieved",
        AttainmentStatus.OnTrack => "st-ontrack",
        AttainmentStatus.AtRisk => "st-risk",
        AttainmentStatus.NotAchieved => "st-failed",
        _ => "st-nodata",
    };
}
