using Edu.Analytics.Charts;
using ScottPlot;

namespace Edu.Reports.Charts;

/// <summary>
/// «Школа по годам»: the school's result index (left axis) and low rate (right axis) over the years, each against the
/// same figure of the region or the reader's municipality as a dashed line of the same colour.
/// </summary>
public static class SchoolTrendChart
{
    public const int Height = 360;

    public static ChartFigure Draw(SchoolTrend data, string schoolName)
    {
        var plot = new Plot();
        var years = data.Years;
        Line(plot, years.Where(y => y.ResultIndex is not null).Select(y => (y.Year, y.ResultIndex!.Value)), "индекс результатов школы", ChartStyle.Blue, own: true, plot.Axes.Left);
        Line(plot, years.Where(y => y.ComparedIndex is not null).Select(y => (y.Year, y.ComparedIndex!.Value)), $"медиана индекса: {ChartStyle.ShortName(data.Compared)}", ChartStyle.Blue, own: false, plot.Axes.Left);
        Line(plot, years.Where(y => y.LowRate is not null).Select(y => (y.Year, y.LowRate!.Value)), "доля низких результатов школы, %", ChartStyle.Vermillion, own: true, plot.Axes.Right);
        Line(plot, years.Where(y => y.ComparedLowRate is not null).Select(y => (y.Year, y.ComparedLowRate!.Value)), $"доля низких результатов: {ChartStyle.ShortName(data.Compared)}, %", ChartStyle.Vermillion, own: false, plot.Axes.Right);
        ChartStyle.Years(plot.Axes.Bottom);
        ChartStyle.Numbers(plot.Axes.Left);
        ChartStyle.Numbers(plot.Axes.Right);
        if (years.Count > 0) plot.Axes.SetLimitsX(years[0].Year - 0.3, years[^1].Year + 0.3);
        else ChartStyle.NothingToPlot(plot, "Индекс результатов и доля низких результатов школы не рассчитаны ни за один год");
        var title = $"{schoolName}: результаты по годам";
        plot.Title(ChartStyle.Wrap(title, 80));
        plot.YLabel("Индекс результатов");
        plot.Axes.Right.Label.Text = "Доля низких результатов, %";
        plot.XLabel("Год");
        if (years.Count > 0)
        {
            // A legend beside the plot with nothing in it left the whole image blank (ScottPlot 5), the title included.
            plot.Legend.Orientation = Orientation.Horizontal;
            plot.ShowLegend(Edge.Bottom);
        }
        return new ChartFigure(plot, Height, title);
    }

    // The school's own figures solid with markers, the compared ones dashed.
    private static void Line(Plot plot, IEnumerable<(int Year, double Value)> points, string label, Color color, bool own, IYAxis axis)
    {
        var list = points.ToList();
        if (list.Count == 0) return;
        var line = plot.Add.Scatter(list.Select(p => (double)p.Year).ToArray(), list.Select(p => p.Value).ToArray());
        line.Color = color;
        line.LineWidth = 2;
        line.LinePattern = own ? LinePattern.Solid : LinePattern.Dashed;
        line.MarkerSize = own ? 7 : 0;
        line.LegendText = label;
        line.Axes.YAxis = axis;
    }
}
