namespace Edu.Analytics.Model;

/// <summary>
/// A task of a ВПР procedure-year: its place in the paper (1-based, the order of the task columns), its label as the
/// columns write it («9.1»), its maximum, and what it checks (the codifier's text; null where none was loaded).
/// </summary>
public sealed record ProcedureTask(int Year, ProcedureKey Procedure, int Number, string Label, double MaxScore, string? Requirement);
