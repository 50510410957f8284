using System.Globalization;
using Edu.Analytics.Charts;
using Edu.Analytics.Model;
using ScottPlot;

namespace Edu.Reports.Charts;

/// <summary>«Показатель: значения и цель»: the values over time, each target's line and the trend projected to its deadline.</summary>
public static class IndicatorTrendChart
{
    public const int Height = 420;

    // Characters of the indicator's name per title line that fit the page's 900 px.
    private const int TitleWidth = 80;

    private static readonly CultureInfo Ru = CultureInfo.GetCultureInfo("ru-RU");

    public static ChartFigure Draw(IndicatorTrend data)
    {
        var plot = new Plot();
        var values = data.Values;
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
            var start = values.Count > 0 ? Day(values[0].Date) : deadline - 365;
            var level = plot.Add.Line(start, target.TargetValue, deadline, target.TargetValue);
            level.Color = ChartStyle.Vermillion;
            level.LineWidth = 2;
            level.LinePattern = LinePattern.Dashed;
            level.LegendText = first ? "цель" : "";
            var sign = target.Condition == TargetCondition.AtLeast ? "≥" : "≤";
            // Anchored at the line's start: a label ending at the deadline runs off the left edge for early deadlines.
            var label = plot.Add.Text(
                $"{sign} {target.TargetValue.ToString("0.#", Ru)} к {target.Deadline.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}: {Labels.Status(goal.Status)}",
                start, target.TargetValue);
            label.LabelFontSize = 11;
            label.LabelAlignment = Alignment.LowerLeft;
            var last = values.Count > 0 ? values[^1] : null;
            // A projection only means something towards a deadline still ahead of the latest value.
            if (goal.Projection is { } projection && last is not null && last.Date < target.Deadline)
            {
                var trend = plot.Add.Line(Day(last.Date), last.Value, deadline, projection);
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
        if (values.Count == 0) plot.Add.Text("Нет значений показателя", 0, 0);
        ChartStyle.DatesBottom(plot);
        ChartStyle.Numbers(plot.Axes.Left);
        var title = $"{data.Code} — {data.Municipality}";
        plot.Title($"{title}\n{ChartStyle.Wrap(data.Name, TitleWidth)}");
        plot.YLabel(data.Unit is { Length: > 0 } unit ? $"Значение, {unit}" : "Значение");
        plot.XLabel("Дата значения");
        plot.ShowLegend(Alignment.UpperLeft);
        return new ChartFigure(plot, Height, title);
    }

    private static double Day(DateOnly date) => date.ToDateTime(TimeOnly.MinValue).ToOADate();
}
