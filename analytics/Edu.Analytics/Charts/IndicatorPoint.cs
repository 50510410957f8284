namespace Edu.Analytics.Charts;

/// <summary>One dated value of an indicator, in %.</summary>
public sealed record IndicatorPoint(DateOnly Date, double Value);
