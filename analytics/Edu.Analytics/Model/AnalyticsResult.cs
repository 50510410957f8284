namespace Edu.Analytics.Model;

/// <summary>Everything computed for every year present, plus Russian messages about what could not be computed.</summary>
public sealed record AnalyticsResult(
    IReadOnlyList<ProcedureResult> ProcedureResults,
    IReadOnlyList<ResultIndexEntry> ResultIndexes,
    IReadOnlyList<ShnorEntry> Shnor,
    IReadOnlyList<ContextIndexEntry> ContextIndexes,
    IReadOnlyList<ResilienceEntry> Resilience,
    IReadOnlyList<ValueAddedModel> ValueAddedModels,
    IReadOnlyList<StableHighEntry> StableHigh,
    IReadOnlyList<ObjectivityEntry> Objectivity,
    IReadOnlyList<ObjectivityLevel> ObjectivityLevels,
    IReadOnlyList<MentorPair> Mentors,
    IReadOnlyList<IndicatorValue> Indicators,
    IReadOnlyList<TargetStatus> Targets,
    IReadOnlyList<TaskResult> TaskResults,
    IReadOnlyList<ShnorTransition> ShnorTransitions,
    IReadOnlyList<string> Messages);
