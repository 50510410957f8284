using Edu.Analytics.Charts;
using Edu.Analytics.Model;
using ScottPlot;

namespace Edu.Reports.Charts;

/// <summary>
/// «Достижение цели по муниципалитетам»: for one indicator, each scope's current value (as of the dataset's date) as a
/// bar with its number, coloured by the status of the current target, and that target as a black mark. The title says
/// which target it is — the nearest deadline, or the last one when all have passed — and as of which date the values are.
/// </summary>
public static class AttainmentChart
{
    public static ChartFigure Draw(TargetAttainment data)
    {
        var shown = data.Scopes
            // The region on top, then largest first (bars are drawn from the bottom up); no value sorts last.
            .OrderBy(s => s.Municipality == Labels.Region)
            .ThenBy(s => data.CurrentOf(s.Municipality)?.Value ?? double.MinValue).ThenByDescending(s => s.Municipality, StringComparer.Ordinal)
            .ToList();

        var plot = new Plot();
        var bars = shown.Select((s, i) => data.CurrentOf(s.Municipality) is { } current
            ? new Bar { Position = i, Value = current.Value, FillColor = AttainmentColours.Of(s.Status), LineWidth = 0, Size = 0.7, Label = ChartStyle.Number(current.Value, 1) }
            : new Bar { Position = i, Value = 0, FillColor = AttainmentColours.Of(AttainmentStatus.NoData), LineWidth = 0, Size = 0.7, Label = "нет данных" })
            .ToList();
        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        plottable.ValueLabelStyle.FontSize = 11;
        if (shown.Count > 0)
        {
            var targets = plot.Add.Markers(shown.Select(s => s.Target.TargetValue).ToArray(), shown.Select((_, i) => (double)i).ToArray(), MarkerShape.VerticalBar, 22, ChartStyle.Black);
            targets.MarkerLineWidth = 3;
        }
        // A municipality with its own target and the region-wide one at the same deadline gets two bars: say which is which.
        var repeated = shown.GroupBy(s => s.Municipality).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        ChartStyle.NamesOnLeft(plot, shown.Select(s => repeated.Contains(s.Municipality)
            ? $"{ChartStyle.ShortName(s.Municipality)} (цель {ChartStyle.Number(s.Target.TargetValue, 3)})"
            : s.Municipality).ToList());
        ChartStyle.Numbers(plot.Axes.Bottom);
        // Room on the right for the numbers at the ends of the longest bars.
        plot.Axes.Margins(left: 0, right: 0.14, bottom: 0.02, top: 0.02);
        var title = $"{data.Code}: значение на {ChartStyle.Day(data.AsOf)} и цель к {ChartStyle.Day(data.Deadline)}";
        plot.Title($"{title}\n{data.Name}");
        plot.XLabel(Which(data));
        foreach (var status in AttainmentColours.Legend)
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = Labels.Status(status), FillColor = AttainmentColours.Of(status) });
        // Outside the data area: target marks near the axis end would hide under a legend inside it.
        plot.ShowLegend(Edge.Right);
        return new ChartFigure(plot, ChartStyle.BarHeight(shown.Count) + 50, title);
    }

    /// <summary>Which value and which target the bars show, in words a reader of the printed report needs.</summary>
    public static string Which(TargetAttainment data) =>
        $"Полоса — последнее значение на {ChartStyle.Day(data.AsOf)}\nчёрная метка — цель к {ChartStyle.Day(data.Deadline)} "
        + (data.DeadlinePassed ? "(последний срок, прошёл; цвет — статус на срок)" : "(ближайший срок; цвет — статус цели)");
}
