using System.Globalization;
using Edu.Analytics.Charts;
using Edu.Analytics.Model;
using ScottPlot;

namespace Edu.Reports.Charts;

/// <summary>
/// «Достижение цели по муниципалитетам»: for one indicator, each scope's latest value as a bar coloured by its status
/// and its target as a black mark, at the deadline the dataset chose.
/// </summary>
public static class AttainmentChart
{
    public static ChartFigure Draw(TargetAttainment data, DateOnly asOf)
    {
        var shown = data.Scopes
            // The region on top, then largest first (bars are drawn from the bottom up); no value sorts last.
            .OrderBy(s => s.Municipality == Labels.Region)
            .ThenBy(s => s.Value ?? double.MinValue).ThenByDescending(s => s.Municipality, StringComparer.Ordinal)
            .ToList();

        var plot = new Plot();
        var bars = shown.Select((s, i) => new Bar
        {
            Position = i,
            Value = s.Value ?? 0,
            FillColor = AttainmentColours.Of(s.Status),
            LineWidth = 0,
            Size = 0.7,
        }).ToList();
        plot.Add.Bars(bars).Horizontal = true;
        if (shown.Count > 0)
        {
            var targets = plot.Add.Markers(shown.Select(s => s.Target.TargetValue).ToArray(), shown.Select((_, i) => (double)i).ToArray(), MarkerShape.VerticalBar, 22, ChartStyle.Black);
            targets.MarkerLineWidth = 3;
        }
        // A municipality with its own target and the region-wide one at the same deadline gets two bars: say which is which.
        var repeated = shown.GroupBy(s => s.Municipality).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        ChartStyle.NamesOnLeft(plot, shown.Select(s => repeated.Contains(s.Municipality)
            ? $"{ChartStyle.ShortName(s.Municipality)} (цель {s.Target.TargetValue.ToString("0.###", CultureInfo.GetCultureInfo("ru-RU"))})"
            : s.Municipality).ToList());
        ChartStyle.Numbers(plot.Axes.Bottom);
        plot.Axes.Margins(left: 0, right: 0.08, bottom: 0.02, top: 0.02);
        var title = $"{data.Code}: достижение цели к {data.Deadline.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}";
        plot.Title($"{title}\n{data.Name}");
        plot.XLabel($"Значение на {asOf.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}; чёрная метка — целевое значение");
        foreach (var status in AttainmentColours.Legend)
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = Labels.Status(status), FillColor = AttainmentColours.Of(status) });
        // Outside the data area: target marks near the axis end would hide under a legend inside it.
        plot.ShowLegend(Edge.Right);
        return new ChartFigure(plot, ChartStyle.BarHeight(shown.Count) + 30, title);
    }
}
