namespace Edu.Generation;

/// <summary>The input kinds of SPEC §3, §11 and §12, by their contract names.</summary>
public static class GeneratedKind
{
    public const string Schools = "schools";
    public const string Context = "context";
    public const string VprIndividual = "vpr-individual";
    public const string VprTasks = "vpr-tasks";
    public const string VprMarks = "vpr-marks";
    public const string Oge = "oge";
    public const string Ege = "ege";
    public const string Coverage = "coverage";
    public const string Targets = "targets";
    public const string IndicatorValues = "indicator-values";
    public const string Rosters = "rosters";
    public const string Decisions = "decisions";
    public const string SelfDiagnostics = "self-diagnostics";
    public const string SelfDiagnosticsCriteria = "self-diagnostics-criteria";

    public static IReadOnlyList<string> All { get; } =
        [Schools, Context, VprMarks, VprIndividual, VprTasks, Oge, Ege, Coverage, Targets, IndicatorValues, Rosters, Decisions, SelfDiagnostics, SelfDiagnosticsCriteria];
}
