using Edu.Analytics.Charts;
using Edu.Analytics.Model;
using ScottPlot;

namespace Edu.Reports.Charts;

/// <summary>
/// «Контекст и результаты школ»: each school's ИСБШ against its result index, ШФНСУ, resilient and ШНОР schools
/// highlighted, with the least-squares line the dataset carries. The one definition of this chart: the ШФНСУ page and
/// the monthly report both draw it.
/// </summary>
public static class ContextScatterChart
{
    public const int Height = 600;

    public static ChartFigure Draw(ContextScatter data)
    {
        var plot = new Plot();
        var schools = data.Schools;
        Group(plot, schools.Where(s => !s.IsShnor && !s.IsResilient && !s.IsDisadvantaged), "другие школы", ChartStyle.Grey, MarkerShape.FilledCircle, 5);
        Group(plot, schools.Where(s => !s.IsShnor && !s.IsResilient && s.IsDisadvantaged), "ШФНСУ", ChartStyle.Blue, MarkerShape.OpenCircle, 7);
        Group(plot, schools.Where(s => s.IsResilient), "резильентные", ChartStyle.Green, MarkerShape.FilledTriangleUp, 9);
        Group(plot, schools.Where(s => s.IsShnor), Labels.Status(ShnorStatus.Shnor), ChartStyle.Vermillion, MarkerShape.FilledSquare, 8);
        if (data.Line is { } fit)
        {
            double from = schools.Min(s => s.ContextIndex), to = schools.Max(s => s.ContextIndex);
            var line = plot.Add.Line(from, fit.Predict([from]), to, fit.Predict([to]));
            line.Color = ChartStyle.Black;
            line.LineWidth = 2;
            line.LinePattern = LinePattern.Dashed;
            line.LegendText = "линия регрессии";
        }
        var title = data.Year is { } year ? $"Контекст и результаты школ, {year} год" : "Контекст и результаты школ";
        plot.Title(title);
        plot.XLabel("Индекс социального благополучия школы (ИСБШ)");
        plot.YLabel("Индекс результатов");
        ChartStyle.Numbers(plot.Axes.Bottom);
        ChartStyle.Numbers(plot.Axes.Left);
        if (schools.Count == 0) ChartStyle.NothingToPlot(plot, "Нет школ с индексом ИСБШ и индексом результатов");
        // Beside the plot: inside, it covered the schools in its corner. Without schools it has nothing to show, and an
        // empty legend beside the plot left the whole image blank (ScottPlot 5), the title and the message included.
        if (schools.Count > 0) plot.ShowLegend(Edge.Right);
        return new ChartFigure(plot, Height, title);
    }

    // Each group its own colour and marker shape, so the groups are told apart in greyscale print too.
    private static void Group(Plot plot, IEnumerable<ScatterSchool> group, string label, Color color, MarkerShape shape, float size)
    {
        var list = group.ToList();
        if (list.Count == 0) return;
        var markers = plot.Add.Markers(list.Select(s => s.ContextIndex).ToArray(), list.Select(s => s.ResultIndex).ToArray());
        markers.Color = color;
        markers.MarkerShape = shape;
        markers.MarkerSize = size;
        markers.LegendText = label;
    }
}
