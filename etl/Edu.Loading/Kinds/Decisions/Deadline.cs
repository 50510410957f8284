namespace Edu.Loading.Kinds.Decisions;

/// <summary>
/// What a decision's «Срок» says: a date, a recurring duty without one («постоянно»), or nothing («срок не
/// указан»). <see cref="Date"/> is the latest date the text names.
/// </summary>
public sealed record Deadline(DateOnly? Date, bool Recurring)
{
    public static Deadline NotGiven { get; } = new(null, false);

    public static Deadline Ongoing { get; } = new(null, true);
}
