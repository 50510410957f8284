using Edu.Analytics.Charts;
using Edu.Analytics.Model;
using ScottPlot;

namespace Edu.Reports.Charts;

/// <summary>
/// «Показатель: значения и цель»: the values known on the dataset's date, each target's line, the trend projected from
/// the last value on or before that date to each deadline still ahead, and the date itself as a vertical line, so the
/// chart shows what the statuses were judged from.
/// </summary>
public static class IndicatorTrendChart
{
    public const int Height = 440;

    // Characters of the indicator's name per title line that fit the page's 900 px.
    private const int TitleWidth = 80;

    public static ChartFigure Draw(IndicatorTrend data)
    {
        var plot = new Plot();
        var values = data.Values.Where(v => v.Date <= data.AsOf).ToList();
        if (values.Count > 0)
        {
            var line = plot.Add.Scatter(values.Select(p => p.Date.ToDateTime(TimeOnly.MinValue)).ToArray(), values.Select(p => p.Value).ToArray());
            line.Color = ChartStyle.Blue;
            line.LineWidth = 2;
            line.MarkerSize = 6;
            line.LegendText = "значение";
        }
        var first = true;
        foreach (var goal in data.Goals)
        {
            var target = goal.Target;
            var deadline = Day(target.Deadline);
            var start = values.Count > 0 ? Math.Min(Day(values[0].Date), deadline) : deadline - 365;
            var level = plot.Add.Line(start, target.TargetValue, deadline, target.TargetValue);
            level.Color = ChartStyle.Vermillion;
            level.LineWidth = 2;
            level.LinePattern = LinePattern.Dashed;
            level.LegendText = first ? "цель" : "";
            var sign = target.Condition == TargetCondition.AtLeast ? "≥" : "≤";
            // Anchored at the line's start: a label ending at the deadline runs off the left edge for early deadlines.
            var label = plot.Add.Text(
                $"{sign} {ChartStyle.Number(target.TargetValue, 1)} к {ChartStyle.Day(target.Deadline)}: {Labels.Status(goal.Status)}",
                start, target.TargetValue);
            label.LabelFontSize = 11;
            label.LabelAlignment = Alignment.LowerLeft;
            // A projection means something only towards a deadline still ahead of the date, from the value the status used.
            if (goal.Projection is { } projection && goal.ValueDate is { } from && goal.Value is { } value && target.Deadline > data.AsOf && from < target.Deadline)
            {
                var trend = plot.Add.Line(Day(from), value, deadline, projection);
                trend.Color = ChartStyle.Orange;
                trend.LineWidth = 2;
                trend.LinePattern = LinePattern.Dotted;
                trend.LegendText = first ? "прогноз на срок" : "";
                var end = plot.Add.Marker(deadline, projection);
                end.Color = ChartStyle.Orange;
                end.Size = 8;
            }
            first = false;
        }
        var asOf = plot.Add.VerticalLine(Day(data.AsOf), 1, ChartStyle.Grey);
        asOf.LinePattern = LinePattern.Dashed;
        asOf.LegendText = $"статус на {ChartStyle.Day(data.AsOf)}";
        if (values.Count == 0)
        {
            var none = plot.Add.Text("Нет значений показателя на эту дату", Day(data.AsOf), data.Goals.FirstOrDefault()?.Target.TargetValue ?? 0);
            none.LabelFontSize = 16;
        }
        ChartStyle.DatesBottom(plot);
        ChartStyle.Numbers(plot.Axes.Left);
        var title = $"{data.Code} — {data.Municipality}";
        plot.Title($"{title}\n{ChartStyle.Wrap(data.Name, TitleWidth)}");
        plot.YLabel(data.Unit is { Length: > 0 } unit ? $"Значение, {unit}" : "Значение");
        plot.XLabel("Дата значения");
        // Below the chart, in one row: inside the data area it covered values and target labels.
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend(Edge.Bottom);
        return new ChartFigure(plot, Height, title);
    }

    private static double Day(DateOnly date) => date.ToDateTime(TimeOnly.MinValue).ToOADate();
}
