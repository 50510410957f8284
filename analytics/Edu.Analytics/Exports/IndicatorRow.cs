using Edu.Analytics.Model;

namespace Edu.Analytics.Exports;

/// <summary>One target in one scope (a municipality or the region) with its status as of a date.</summary>
public sealed record IndicatorRow(
    string Code,
    string Name,
    string Municipality,
    DateOnly Deadline,
    TargetCondition Condition,
    double TargetValue,
    double? Value,
    DateOnly? ValueDate,
    double? Projection,
    AttainmentStatus Status,
    DateOnly AsOf);
