namespace Edu.Analytics.Model;

public enum TargetCondition
{
    /// <summary>«не менее»</summary>
    AtLeast,

    /// <summary>«не более»</summary>
    AtMost,
}

/// <summary>A target value; a null <paramref name="Municipality"/> means every municipality and the region.</summary>
public sealed record Target(
    string IndicatorCode,
    string IndicatorName,
    string? Municipality,
    DateOnly Deadline,
    double TargetValue,
    TargetCondition Condition);
