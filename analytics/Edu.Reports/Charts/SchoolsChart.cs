using Edu.Analytics.Charts;
using ScottPlot;

namespace Edu.Reports.Charts;

/// <summary>«Школы по муниципалитетам»: urban and rural schools of each municipality, stacked.</summary>
public static class SchoolsChart
{
    public const string Title = "Школы по муниципалитетам";

    /// <summary>The first municipality of <paramref name="data"/> is drawn at the bottom.</summary>
    public static ChartFigure Draw(IReadOnlyList<MunicipalitySchools> data)
    {
        var plot = new Plot();
        var bars = new List<Bar>();
        for (var i = 0; i < data.Count; i++)
        {
            var d = data[i];
            bars.Add(new Bar { Position = i, ValueBase = 0, Value = d.Urban, FillColor = ChartStyle.Blue, LineWidth = 0, Size = 0.7 });
            bars.Add(new Bar { Position = i, ValueBase = d.Urban, Value = d.Urban + d.Rural, FillColor = ChartStyle.Orange, LineWidth = 0, Size = 0.7 });
        }
        plot.Add.Bars(bars).Horizontal = true;
        ChartStyle.NamesOnLeft(plot, data.Select(d => d.Municipality).ToList());
        // School counts are whole numbers: no 0.1 steps when a municipal user sees a handful of schools.
        ChartStyle.Numbers(plot.Axes.Bottom, integers: true);
        plot.Axes.Margins(left: 0, right: 0.05, bottom: 0.02, top: 0.02);
        plot.Title(Title);
        plot.XLabel("Число школ, ед.");
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "город", FillColor = ChartStyle.Blue });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "село", FillColor = ChartStyle.Orange });
        // Below the bars: inside, it covered the ends of the lowest ones.
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend(Edge.Bottom);
        if (data.Count == 0) ChartStyle.NoData(plot, "Справочник школ не загружен");
        return new ChartFigure(plot, 140 + (30 * Math.Max(data.Count, 1)), Title);
    }
}
