namespace Edu.Analytics.Storage;

/// <summary>The tables of migrations 0002 and 0009 that hold the latest computation's results.</summary>
public static class ResultTables
{
    public const string Computations = "analytics_computations";
    public const string Messages = "computation_messages";
    public const string ProcedureResults = "procedure_results";
    public const string ResultIndex = "result_index";
    public const string Shnor = "shnor";
    public const string ContextIndex = "context_index";
    public const string Resilience = "resilience";
    public const string ValueAddedModels = "value_added_models";
    public const string StableHigh = "stable_high";
    public const string Objectivity = "objectivity";
    public const string ObjectivityLevels = "objectivity_levels";
    public const string Mentors = "mentors";
    public const string IndicatorValues = "indicator_values";
    public const string TaskResults = "task_results";
    public const string ShnorDynamics = "shnor_dynamics";

    /// <summary>Tables replaced as a whole by every recompute (the computation history is kept).</summary>
    public static IReadOnlyList<string> Replaced { get; } =
    [
        Messages, ProcedureResults, ResultIndex, Shnor, ContextIndex, Resilience, ValueAddedModels,
        StableHigh, Objectivity, ObjectivityLevels, Mentors, IndicatorValues, TaskResults, ShnorDynamics,
    ];
}
