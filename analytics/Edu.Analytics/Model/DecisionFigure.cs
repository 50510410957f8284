namespace Edu.Analytics.Model;

/// <summary>
/// «Did it work» for one indicator an item names, in one scope (a municipality or «Ленинградская область»): the latest
/// value on or before the document's date, the latest on or before the as-of date, and the status of the target that
/// decision aimed at (none when the code has no target for the scope).
/// </summary>
public sealed record DecisionFigure(string Code, string Scope, IndicatorValue? Before, IndicatorValue? Now, TargetStatus? Target)
{
    public double? Change => Before is not null && Now is not null ? Now.Value - Before.Value : null;
}
