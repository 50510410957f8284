namespace Edu.Analytics.Model;

/// <summary>
/// What the engine computes from the individual works and the procedures' z-scores (<see cref="AnalyticsEngine.Score"/>):
/// with these in hand neither is needed any more, and at country scale the two are a third of a recompute's memory.
/// </summary>
/// <remarks><see cref="Messages"/> tell what the works did not allow; the engine reports them among its others.</remarks>
public sealed record ResultScores(
    IReadOnlyList<ResultIndexEntry> ResultIndexes,
    IReadOnlyList<ObjectivityEntry> Objectivity,
    IReadOnlyList<ObjectivityLevel> ObjectivityLevels,
    IReadOnlyList<string> Messages);
