using Edu.Analytics.Model;
using Edu.Reference;

namespace Edu.Analytics.Methods;

/// <summary>
/// «Did it work» (SPEC §11): for each indicator an item names and each scope of the item, the value before the
/// decision, the value as of a date, their difference and that code's target status in the scope.
/// </summary>
public static class DecisionEffect
{
    /// <summary>
    /// The scopes of an item's figures: its municipalities; the region for a regional item; the region and every
    /// municipality for an item of every municipality. With <paramref name="only"/> (a municipal reader) just that
    /// municipality, and only when the item is its own or every municipality's.
    /// </summary>
    public static IReadOnlyList<string> Scopes(DecisionItem item, IReadOnlyList<string> everyMunicipality, string? only = null)
    {
        if (only is not null)
            return item.Scope == DecisionScope.AllMunicipalities || item.Municipalities.Contains(only) ? [only] : [];
        return item.Scope switch
        {
            DecisionScope.Municipal => item.Municipalities,
            DecisionScope.AllMunicipalities => [Labels.Region, .. everyMunicipality],
            _ => [Labels.Region],
        };
    }

    /// <summary>The figure of one code in one scope; <paramref name="series"/> holds every value by code and scope, ordered by date.</summary>
    public static DecisionFigure Compute(
        DecisionItem item,
        string code,
        string scope,
        IReadOnlyDictionary<(string Code, string Scope), IReadOnlyList<IndicatorValue>> series,
        IReadOnlyList<Target> targets,
        DateOnly asOf,
        AnalyticsOptions options)
    {
        var values = series.GetValueOrDefault((code, scope)) ?? [];
        var before = values.LastOrDefault(v => v.Date <= item.DocumentDate);
        var now = values.LastOrDefault(v => v.Date <= asOf);
        var target = TargetFor(item.DocumentDate, code, scope, targets);
        var status = target is null ? null : Attainment.Evaluate(target, scope, [.. values.Select(v => (v.Date, v.Value))], asOf, options);
        return new DecisionFigure(code, scope, before, now, status);
    }

    /// <summary>
    /// Among the code's targets that apply to the scope (its own or every scope's), the one with the nearest deadline
    /// on or after the decision, else the one with the latest deadline.
    /// </summary>
    public static Target? TargetFor(DateOnly decided, string code, string scope, IReadOnlyList<Target> targets)
    {
        var applying = targets
            .Where(t => t.IndicatorCode == code && (string.IsNullOrWhiteSpace(t.Municipality) || t.Municipality.Trim() == scope))
            .OrderBy(t => t.Deadline)
            .ToList();
        return applying.FirstOrDefault(t => t.Deadline >= decided) ?? applying.LastOrDefault();
    }
}
