namespace Edu.Dashboard.Features.Municipalities;

/// <summary>A municipality with the size of its network in the registry.</summary>
public sealed record MunicipalityRow(string Name, string District, long Schools, long RuralSchools, long? Pupils);
