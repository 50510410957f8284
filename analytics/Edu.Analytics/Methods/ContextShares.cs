using Edu.Analytics.Model;

namespace Edu.Analytics.Methods;

/// <summary>The six context shares in one order, with the sign each takes in the context index.</summary>
public static class ContextShares
{
    public sealed record Share(string Name, int Sign, Func<SchoolContext, double?> Value, Func<AnalyticsOptions, double> Weight);

    public static IReadOnlyList<Share> All { get; } =
    [
        // Disadvantage shares lower the index; parents' education and staffing raise it.
        new("Доля из малообеспеченных семей", -1, c => c.LowIncomePct, o => o.WeightLowIncome),
        new("Доля с ОВЗ", -1, c => c.OvzPct, o => o.WeightOvz),
        new("Доля с неродным русским языком", -1, c => c.NonNativePct, o => o.WeightNonNative),
        new("Доля с родителями с высшим образованием", +1, c => c.ParentsHigherEdPct, o => o.WeightParentsHigherEd),
        new("Доля из неполных семей", -1, c => c.SingleParentPct, o => o.WeightSingleParent),
        new("Укомплектованность кадрами", +1, c => c.StaffingPct, o => o.WeightStaffing),
    ];
}
