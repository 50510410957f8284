using Edu.Analytics.Model;
using Edu.Reference;

namespace Edu.Analytics.Methods;

/// <summary>The codes this engine computes; the one list of computed codes (the loader refuses them) is <see cref="ComputedIndicators"/>.</summary>
public static class IndicatorCodes
{
    public const string Dop5To18 = ComputedIndicators.Dop5To18;
    public const string DopTech = ComputedIndicators.DopTech;
    public const string DopOvz = ComputedIndicators.DopOvz;
    public const string ShnorShare = ComputedIndicators.ShnorShare;
    public const string Objectivity = ComputedIndicators.Objectivity;
    public const string ShnorExit = ComputedIndicators.ShnorExit;
    public const string SdBasic = ComputedIndicators.SdBasic;
}

/// <summary>
/// Indicator values per municipality and date, and for the region as Σ numerators / Σ denominators
/// (never a mean of percentages). A value whose denominator is 0, or whose numerator or denominator the file
/// did not give («н/д»), does not exist, and is in neither sum of the region.
/// </summary>
public static class Indicators
{
    public static IReadOnlyList<IndicatorValue> Compute(
        IReadOnlyList<CoverageRow> coverage,
        IReadOnlyList<ProcedureResult> results,
        IReadOnlyList<ShnorEntry> shnor,
        IReadOnlyCollection<int> shnorYears,
        IReadOnlyList<ObjectivityLevel> objectivityLevels,
        IReadOnlyList<ShnorTransition> transitions,
        IReadOnlyDictionary<string, SchoolInfo> schools,
        AnalyticsOptions options)
    {
        var municipal = Coverage(coverage)
            .Concat(ShnorShare(results, shnor, shnorYears, schools, options))
            .Concat(ShnorExit(transitions, schools, options))
            .Concat(objectivityLevels
                .Where(l => l.Scope != Labels.Region)
                .Select(l => new IndicatorValue(
                    IndicatorCodes.Objectivity, l.Scope, options.YearValueDate(l.Year), l.SchoolsWithData - l.FlaggedSchools, l.SchoolsWithData)))
            .Where(v => v.Denominator > 0)
            .ToList();

        return InOrder(municipal.Concat(RegionSums(municipal)));
    }

    /// <summary>The region's value of each code and date: Σ numerators / Σ denominators of the municipalities' shares.</summary>
    public static IEnumerable<IndicatorValue> RegionSums(IEnumerable<IndicatorValue> municipal) =>
        municipal
            .GroupBy(v => (v.Code, v.Date))
            .Select(g => new IndicatorValue(g.Key.Code, Labels.Region, g.Key.Date, g.Sum(v => v.Numerator!.Value), g.Sum(v => v.Denominator!.Value)));

    /// <summary>By code, municipalities before the region, by date: the order values are stored and read in.</summary>
    public static IReadOnlyList<IndicatorValue> InOrder(IEnumerable<IndicatorValue> values) =>
        values
            .OrderBy(v => v.Code, StringComparer.Ordinal)
            .ThenBy(v => v.Municipality == Labels.Region ? 1 : 0)
            .ThenBy(v => v.Municipality, StringComparer.Ordinal)
            .ThenBy(v => v.Date)
            .ToList();

    private static IEnumerable<IndicatorValue> Coverage(IReadOnlyList<CoverageRow> coverage) =>
        coverage
            .Where(c => c.Municipality != Labels.Region)
            .GroupBy(c => (c.Municipality, c.ReportDate))
            .SelectMany(g => new[]
            {
                Known(IndicatorCodes.Dop5To18, g.Key.Municipality, g.Key.ReportDate, Sum(g, c => c.Covered), Sum(g, c => c.Children5To18)),
                Known(IndicatorCodes.DopTech, g.Key.Municipality, g.Key.ReportDate, Sum(g, c => c.CoveredTech), Sum(g, c => c.Children5To18)),
                Known(IndicatorCodes.DopOvz, g.Key.Municipality, g.Key.ReportDate, Sum(g, c => c.CoveredOvz), Sum(g, c => c.ChildrenOvz)),
            })
            .OfType<IndicatorValue>();

    // A missing count is no value, never 0: one missing row of a group leaves the group's sum unknown.
    private static int? Sum(IEnumerable<CoverageRow> rows, Func<CoverageRow, int?> count) =>
        rows.Aggregate((int?)0, (sum, row) => sum + count(row));

    private static IndicatorValue? Known(string code, string municipality, DateOnly date, int? numerator, int? denominator) =>
        numerator is { } n && denominator is { } d ? new IndicatorValue(code, municipality, date, n, d) : null;

    /// <summary>SHNOR_EXIT of Y: the share of Y−1's «ШНОР» schools judged in Y that are not «ШНОР» in Y (SPEC §13).</summary>
    private static IEnumerable<IndicatorValue> ShnorExit(
        IReadOnlyList<ShnorTransition> transitions,
        IReadOnlyDictionary<string, SchoolInfo> schools,
        AnalyticsOptions options) =>
        transitions
            .Where(t => schools.ContainsKey(t.Login))
            .GroupBy(t => (t.Year, schools[t.Login].Municipality))
            .Select(g => (g.Key, Exits: ShnorDynamics.Exits(g)))
            .Select(x => new IndicatorValue(IndicatorCodes.ShnorExit, x.Key.Municipality, options.YearValueDate(x.Key.Year), x.Exits.Left, x.Exits.Judged));

    private static IEnumerable<IndicatorValue> ShnorShare(
        IReadOnlyList<ProcedureResult> results,
        IReadOnlyList<ShnorEntry> shnor,
        IReadOnlyCollection<int> shnorYears,
        IReadOnlyDictionary<string, SchoolInfo> schools,
        AnalyticsOptions options)
    {
        var listed = shnor.Where(s => s.Status == ShnorStatus.Shnor).Select(s => (s.Year, s.Login)).ToHashSet();
        return results
            .Where(r => r.IsCounted && shnorYears.Contains(r.Year) && schools.ContainsKey(r.Login))
            .Select(r => (r.Year, r.Login))
            .Distinct()
            .GroupBy(s => (s.Year, schools[s.Login].Municipality))
            .Select(g => new IndicatorValue(
                IndicatorCodes.ShnorShare,
                g.Key.Municipality,
                options.YearValueDate(g.Key.Year),
                g.Count(listed.Contains),
                g.Count()));
    }
}
