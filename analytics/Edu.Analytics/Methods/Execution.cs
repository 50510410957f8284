using Edu.Analytics.Model;

namespace Edu.Analytics.Methods;

/// <summary>The status of a decision item as of a date A (SPEC §11).</summary>
public static class Execution
{
    /// <summary>
    /// «исполнено» when done on or before A, whatever the deadline; else «постоянно» for a recurring item, «срок не
    /// указан» without a deadline, «просрочено» when the deadline is before A, «на исполнении» when it is A or later.
    /// </summary>
    public static ExecutionStatus Status(DecisionItem item, DateOnly asOf) =>
        item.DoneDate <= asOf ? ExecutionStatus.Done
        : item.Recurring ? ExecutionStatus.Recurring
        : item.Deadline is not { } deadline ? ExecutionStatus.NoDeadline
        : deadline < asOf ? ExecutionStatus.Overdue
        : ExecutionStatus.InProgress;

    /// <summary>«Исполнено в срок»: known only for an item done by A that has a deadline.</summary>
    public static bool? OnTime(DecisionItem item, DateOnly asOf) =>
        Status(item, asOf) == ExecutionStatus.Done && item.Deadline is { } deadline ? item.DoneDate <= deadline : null;
}
