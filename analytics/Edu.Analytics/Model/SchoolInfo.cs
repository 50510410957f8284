namespace Edu.Analytics.Model;

/// <summary>
/// A school from the registry; <paramref name="District"/> is its educational district (образовательный округ).
/// Type, locality and enrolment are null where the registry wrote a missing-value code.
/// </summary>
public sealed record SchoolInfo(
    string Login,
    string Name,
    string Municipality,
    string District,
    string? SchoolType,
    bool? IsRural,
    int? Enrolment);
