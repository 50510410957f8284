using Edu.Analytics.Model;
using Edu.Reference;

namespace Edu.Analytics.Exports;

/// <summary>
/// One row of the decisions register: an item with its status as of a date and, when it names indicators, one
/// indicator in one scope (<see cref="Municipality"/>) with «did it work» — the value before the decision, the value
/// as of the date, the change and the status of the target it aimed at.
/// </summary>
public sealed record DecisionRow(
    string Document,
    DateOnly DocumentDate,
    string Item,
    int Order,
    string Content,
    string? DeadlineText,
    DateOnly? Deadline,
    string? Responsible,
    ExecutionStatus Status,
    DateOnly? DoneDate,
    bool? OnTime,
    string? Code,
    string? Municipality,
    double? Before,
    DateOnly? BeforeDate,
    double? Now,
    DateOnly? NowDate,
    double? Change,
    AttainmentStatus? TargetStatus,
    TargetCondition? TargetCondition,
    double? TargetValue,
    DateOnly? TargetDeadline,
    DecisionScope Scope,
    IReadOnlyList<string> Parties,
    string? DoneNote,
    DateOnly AsOf,
    IReadOnlyList<string> Concerns)
{
    /// <summary>«Документ от ДД.ММ.ГГГГ»: a document is its name and date together.</summary>
    public string DocumentTitle => $"{Document} от {DocumentDate:dd.MM.yyyy}";

    /// <summary>Missed its deadline: overdue now, or done after it.</summary>
    public bool MissedDeadline => Status == ExecutionStatus.Overdue || OnTime == false;
}
