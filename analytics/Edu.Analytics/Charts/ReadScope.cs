namespace Edu.Analytics.Charts;

/// <summary>
/// The part of the region a reader may see: one municipality, or the whole region when <see cref="Municipality"/> is
/// null. Every chart query takes it and filters by it in SQL, so no place asked for can reach another municipality.
/// </summary>
public sealed record ReadScope(string? Municipality)
{
    public static ReadScope Region { get; } = new((string?)null);

    public bool Covers(string municipality) => Municipality is null || Municipality == municipality;
}
