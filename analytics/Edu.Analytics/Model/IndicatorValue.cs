namespace Edu.Analytics.Model;

/// <summary>
/// An indicator value of a municipality or the region. A share has its numerator and denominator and Value =
/// Numerator / Denominator × 100; a reported value may be a count or a percent given as it is, without them.
/// </summary>
public sealed record IndicatorValue(string Code, string Municipality, DateOnly Date, double? Numerator, double? Denominator, double Value, string? Unit)
{
    public const string Percent = "%";

    /// <summary>A share: Value = numerator / denominator × 100, in percent.</summary>
    public IndicatorValue(string code, string municipality, DateOnly date, double numerator, double denominator)
        : this(code, municipality, date, numerator, denominator, numerator * 100.0 / denominator, Percent)
    {
    }
}
