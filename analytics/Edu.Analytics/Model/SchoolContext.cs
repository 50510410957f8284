namespace Edu.Analytics.Model;

/// <summary>Context shares of a school in a year, each in percent; null when not reported.</summary>
public sealed record SchoolContext(
    int Year,
    string Login,
    double? LowIncomePct,
    double? OvzPct,
    double? NonNativePct,
    double? ParentsHigherEdPct,
    double? SingleParentPct,
    double? StaffingPct);
