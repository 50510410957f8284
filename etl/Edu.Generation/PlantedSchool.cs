namespace Edu.Generation;

/// <summary>A planted case: the school, the years it is planted in and, where it matters, which procedures.</summary>
public sealed record PlantedSchool(
    string Login,
    string Code,
    string Municipality,
    string Type,
    IReadOnlyList<int> Years,
    IReadOnlyList<string> Procedures);
