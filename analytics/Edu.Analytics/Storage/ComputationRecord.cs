namespace Edu.Analytics.Storage;

/// <summary>What the analytics_computations row says about one recompute.</summary>
public sealed record ComputationRecord(
    DateTimeOffset ComputedAt,
    DateOnly AsOf,
    int Schools,
    long IndividualWorks,
    TimeSpan ReadTime,
    TimeSpan EngineTime,
    string OptionsJson);
