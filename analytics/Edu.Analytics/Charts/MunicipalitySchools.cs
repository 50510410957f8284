namespace Edu.Analytics.Charts;

/// <summary>Urban and rural schools of a municipality in the registry.</summary>
public sealed record MunicipalitySchools(string Municipality, int Urban, int Rural);
