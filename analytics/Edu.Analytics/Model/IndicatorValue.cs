namespace Edu.Analytics.Model;

/// <summary>An indicator value of a municipality or the region; Value = Numerator / Denominator × 100.</summary>
public sealed record IndicatorValue(string Code, string Municipality, DateOnly Date, double Numerator, double Denominator)
{
    public double Value => Numerator * 100.0 / Denominator;
}
