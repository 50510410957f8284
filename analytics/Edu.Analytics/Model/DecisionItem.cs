using Edu.Reference;

namespace Edu.Analytics.Model;

/// <summary>
/// One item of a committee decision as loaded (SPEC §11): its text as written, the deadline read from «Срок» (the
/// latest date it names; none when recurring or not given), whose it is by «Ответственные», the indicators it names
/// and when it was done.
/// </summary>
public sealed record DecisionItem(
    string Document,
    DateOnly DocumentDate,
    string Item,
    int Order,
    string Content,
    string? DeadlineText,
    DateOnly? Deadline,
    bool Recurring,
    string? Responsible,
    DecisionScope Scope,
    IReadOnlyList<string> Municipalities,
    IReadOnlyList<string> Parties,
    IReadOnlyList<string> IndicatorCodes,
    DateOnly? DoneDate,
    string? DoneNote);
