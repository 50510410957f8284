namespace Edu.Analytics.Model;

/// <summary>Where a decision item stands as of a date (SPEC §11).</summary>
public enum ExecutionStatus
{
    /// <summary>«исполнено»: done on or before the date, whatever its deadline.</summary>
    Done,

    /// <summary>«просрочено»: not done and its deadline has passed.</summary>
    Overdue,

    /// <summary>«на исполнении»: not done, the deadline is the date or later.</summary>
    InProgress,

    /// <summary>«постоянно»: a recurring duty with no deadline.</summary>
    Recurring,

    /// <summary>«срок не указан».</summary>
    NoDeadline,
}
