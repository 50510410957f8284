using System.Globalization;
using System.Text.RegularExpressions;

namespace Edu.Dashboard.Tests.Support;

/// <summary>Figures a page shows that a load or a recompute changes: what a test watches to tell old data from new.</summary>
public static partial class PageFigures
{
    /// <summary>Сводка: the number of load attempts («12 загрузок»).</summary>
    public static long Loads(string summaryHtml) => Number(LoadsPattern(), summaryHtml);

    /// <summary>Any analytics page: the number of the computation it shows («расчёт № 3»).</summary>
    public static long Computation(string analyticsHtml) => Number(ComputationPattern(), analyticsHtml);

    private static long Number(Regex pattern, string html) => pattern.Match(html) is { Success: true } m
        ? long.Parse(m.Groups[1].Value.Replace("\u00a0", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)
        : throw new InvalidOperationException($"The figure {pattern} is not on the page");

    [GeneratedRegex("<span class=\"figure\">([0-9\u00a0 ]+)</span> <a href=\"/loads\">")]
    private static partial Regex LoadsPattern();

    [GeneratedRegex("расчёт № ([0-9]+)")]
    private static partial Regex ComputationPattern();
}
