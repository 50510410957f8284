namespace Edu.Analytics.Model;

/// <summary>
/// ИСБШ of a school with any context data that year; <see cref="Index"/> is null when fewer than
/// the required shares were available. <see cref="IsDisadvantaged"/> is ШФНСУ.
/// </summary>
public sealed record ContextIndexEntry(
    int Year,
    string Login,
    double? Index,
    int SharesUsed,
    bool IsDisadvantaged,
    double? ResultIndex);
