using Edu.Analytics.Charts;
using Edu.Analytics.Model;
using ScottPlot;

namespace Edu.Reports.Charts;

/// <summary>«ШНОР по муниципалитетам»: ШНОР and группа риска of each municipality in the scope, stacked.</summary>
public static class ShnorChart
{
    public static ChartFigure Draw(IReadOnlyList<MunicipalityShnor> counts, int? year)
    {
        // Largest at the top: horizontal bars are drawn from the bottom up.
        var shown = counts.OrderBy(c => c.Listed).ThenByDescending(c => c.Municipality, StringComparer.Ordinal).ToList();
        var plot = new Plot();
        var bars = new List<Bar>();
        for (var i = 0; i < shown.Count; i++)
        {
            bars.Add(new Bar { Position = i, ValueBase = 0, Value = shown[i].Shnor, FillColor = ChartStyle.Vermillion, LineWidth = 0, Size = 0.7 });
            bars.Add(new Bar { Position = i, ValueBase = shown[i].Shnor, Value = shown[i].Listed, FillColor = ChartStyle.Orange, LineWidth = 0, Size = 0.7 });
        }
        plot.Add.Bars(bars).Horizontal = true;
        ChartStyle.NamesOnLeft(plot, shown.Select(c => c.Municipality).ToList());
        ChartStyle.Numbers(plot.Axes.Bottom, integers: true);
        plot.Axes.Margins(left: 0, right: 0.05, bottom: 0.02, top: 0.02);
        var title = year is { } y ? $"ШНОР и группа риска по муниципалитетам, {y} год" : "ШНОР и группа риска по муниципалитетам";
        plot.Title(title);
        plot.XLabel("Число школ");
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = Labels.Status(ShnorStatus.Shnor), FillColor = ChartStyle.Vermillion });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = Labels.Status(ShnorStatus.RiskGroup), FillColor = ChartStyle.Orange });
        // Below the bars: inside, it covered the ends of the lowest ones.
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend(Edge.Bottom);
        if (shown.Count == 0) ChartStyle.NoData(plot, "Школ со статусом ШНОР или «группа риска» нет");
        return new ChartFigure(plot, ChartStyle.BarHeight(shown.Count), title);
    }
}
