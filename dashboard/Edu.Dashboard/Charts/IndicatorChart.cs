using DuckDB.NET.Data;
using Edu.Storage;
using Edu.Reports.Charts;
using ScottPlot;

namespace Edu.Dashboard.Charts;

/// <summary>One dated value of an indicator.</summary>
public sealed record IndicatorPoint(DateOnly Date, double Value);

/// <summary>A target drawn on the chart: the line to reach and where the trend is projected at the deadline.</summary>
public sealed record IndicatorGoal(DateOnly Deadline, double Value, bool AtLeast, double? Projection, string Status);

public sealed record IndicatorSeries(string Code, string Name, string Municipality, IReadOnlyList<IndicatorPoint> Points, IReadOnlyList<IndicatorGoal> Goals);

/// <summary>«Показатель: значения и цель»: the values over time, the target lines and the projection of the trend to each deadline.</summary>
public static class IndicatorChart
{
    /// <summary>Values of one indicator in one municipality (or the region); the caller has checked the scope covers it.</summary>
    public static List<IndicatorPoint> Points(DuckDBConnection connection, string code, string municipality) =>
        connection.Rows("""
            SELECT value_date, value FROM indicator_values WHERE code = $p0 AND municipality = $p1 ORDER BY value_date
            """, r => new IndicatorPoint(DateOnly.FromDateTime(r.GetDateTime(0)), r.GetDouble(1)), code, municipality);

    public static byte[] Render(IndicatorSeries series)
    {
        var plot = new Plot();
        if (series.Points.Count > 0)
        {
            var values = plot.Add.Scatter(series.Points.Select(p => p.Date.ToDateTime(TimeOnly.MinValue)).ToArray(), series.Points.Select(p => p.Value).ToArray());
            values.Color = ChartStyle.Blue;
            values.LineWidth = 2;
            values.MarkerSize = 6;
            values.LegendText = "значение";
        }
        var first = true;
        foreach (var goal in series.Goals)
        {
            var deadline = goal.Deadline.ToDateTime(TimeOnly.MinValue).ToOADate();
            var start = series.Points.Count > 0 ? series.Points[0].Date.ToDateTime(TimeOnly.MinValue).ToOADate() : deadline - 365;
            var target = plot.Add.Line(start, goal.Value, deadline, goal.Value);
            target.Color = ChartStyle.Vermillion;
            target.LineWidth = 2;
            target.LinePattern = LinePattern.Dashed;
            target.LegendText = first ? "цель" : "";
            // Anchored at the line's start: a label ending at the deadline runs off the left edge for early deadlines.
            var label = plot.Add.Text($"{(goal.AtLeast ? "≥" : "≤")} {goal.Value.ToString("0.#", Format.Ru)} к {goal.Deadline.ToString("dd.MM.yyyy", Format.Inv)}: {goal.Status}", start, goal.Value);
            label.LabelFontSize = 11;
            label.LabelAlignment = Alignment.LowerLeft;
            var last = series.Points.Count > 0 ? series.Points[^1] : null;
            // A projection only means something towards a deadline still ahead of the latest value.
            if (goal.Projection is { } projection && last is not null && last.Date < goal.Deadline)
            {
                var trend = plot.Add.Line(last.Date.ToDateTime(TimeOnly.MinValue).ToOADate(), last.Value, deadline, projection);
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
        if (series.Points.Count == 0) plot.Add.Text("Нет значений показателя", 0, 0);
        plot.Axes.DateTimeTicksBottom();
        plot.Title($"{series.Code} — {series.Municipality}\n{series.Name}");
        plot.YLabel("Значение, %");
        plot.XLabel("Дата значения");
        plot.ShowLegend(Alignment.UpperLeft);
        return DashboardPng.Render(plot, 900, 420);
    }

    private static class Format
    {
        public static readonly System.Globalization.CultureInfo Ru = System.Globalization.CultureInfo.GetCultureInfo("ru-RU");
        public static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;
    }
}
