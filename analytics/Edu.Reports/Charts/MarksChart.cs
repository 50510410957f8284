using Edu.Analytics.Charts;
using ScottPlot;

namespace Edu.Reports.Charts;

/// <summary>«Распределение отметок»: one 100 % stacked bar per ВПР/ОГЭ procedure, the first procedure on top.</summary>
public static class MarksChart
{
    private static readonly (string Label, Color Color)[] Marks =
        [("«2»", ChartStyle.Vermillion), ("«3»", ChartStyle.Orange), ("«4»", ChartStyle.SkyBlue), ("«5»", ChartStyle.Green)];

    public static ChartFigure Draw(IReadOnlyList<MarksBar> bars, int year, string place)
    {
        var plot = new Plot();
        var drawn = new List<Bar>();
        for (var i = 0; i < bars.Count; i++)
        {
            // The first procedure on top, as the list reads.
            var position = bars.Count - 1 - i;
            var s = bars[i].Shares;
            double[] shares = [s.Two, s.Three, s.Four, s.Five];
            var start = 0.0;
            for (var k = 0; k < shares.Length; k++)
            {
                var end = k == shares.Length - 1 ? 100 : start + shares[k];
                drawn.Add(new Bar
                {
                    Position = position, ValueBase = start, Value = end, FillColor = Marks[k].Color, LineColor = Colors.White, LineWidth = 1, Size = 0.7,
                    // Narrow segments get no number: it would not fit and would cover the neighbour's.
                    Label = shares[k] >= 6 ? ChartStyle.Number(Math.Round(shares[k]), 0) : "",
                    CenterLabel = true,
                });
                start = end;
            }
        }
        if (drawn.Count > 0)
        {
            var plottable = plot.Add.Bars(drawn);
            plottable.Horizontal = true;
            plottable.ValueLabelStyle.FontSize = 12;
            plottable.ValueLabelStyle.ForeColor = Colors.Black;
        }
        ChartStyle.NamesOnLeft(plot, bars.Select(b => b.Procedure).Reverse().ToList());
        plot.Axes.SetLimitsX(0, 100);
        plot.Axes.SetLimitsY(-0.6, Math.Max(bars.Count, 1) - 0.4);
        ChartStyle.NumbersEvery(plot.Axes.Bottom, 10);
        foreach (var (label, color) in Marks) plot.Legend.ManualItems.Add(new LegendItem { LabelText = label, FillColor = color });
        // Below the bars, in one row: a legend inside the data area would cover the 100 % bars.
        plot.Legend.Orientation = Orientation.Horizontal;
        // The page scales the 900 px image down; the default legend text becomes hard to read first.
        plot.Legend.FontSize = 15;
        plot.ShowLegend(Edge.Bottom);
        if (bars.Count == 0) ChartStyle.NoData(plot, "Нет отметок ВПР и ОГЭ");
        var title = $"Распределение отметок, {year.ToString(ChartStyle.Culture)}";
        plot.Title($"{title}\n{place}");
        plot.XLabel("Доля отметок, %");
        return new ChartFigure(plot, 190 + (34 * Math.Max(bars.Count, 1)), title);
    }
}
