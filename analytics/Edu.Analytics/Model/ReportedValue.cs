namespace Edu.Analytics.Model;

/// <summary>
/// A loaded value of an indicator the product does not compute (SPEC §11), for a municipality or the region
/// («Ленинградская область»): <see cref="Value"/> as written, or <see cref="Numerator"/> and <see cref="Denominator"/>.
/// </summary>
public sealed record ReportedValue(string Code, string Municipality, DateOnly Date, double? Value, double? Numerator, double? Denominator, string? Unit)
{
    public IndicatorValue ToIndicatorValue() => Numerator is { } n && Denominator is { } d
        ? new IndicatorValue(Code, Municipality, Date, n, d) with { Unit = Unit ?? IndicatorValue.Percent }
        : new IndicatorValue(Code, Municipality, Date, null, null, Value!.Value, Unit);
}
