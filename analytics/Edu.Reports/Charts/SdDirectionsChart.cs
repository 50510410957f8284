using System.Globalization;
using Edu.Analytics.Charts;
using ScottPlot;

namespace Edu.Reports.Charts;

/// <summary>«Дефициты по направлениям»: per magistral direction the school × criterion deficits of one round and place, the number at each bar.</summary>
public static class SdDirectionsChart
{
    public static ChartFigure Draw(IReadOnlyList<SdDirectionDeficit> directions, DateOnly? round, string place)
    {
        // The federal order top-down (bars are drawn from the bottom up).
        var shown = directions.Reverse().ToList();
        var plot = new Plot();
        var bars = shown.Select((d, i) => new Bar
        {
            Position = i, Value = d.Deficits, Size = 0.7, LineWidth = 0, FillColor = ChartStyle.Vermillion,
            Label = d.Deficits.ToString(CultureInfo.InvariantCulture),
        }).ToList();
        if (bars.Count > 0)
        {
            var plottable = plot.Add.Bars(bars);
            plottable.Horizontal = true;
            plottable.ValueLabelStyle.FontSize = 12;
        }
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, shown.Count).Select(i => (double)i).ToArray(), shown.Select(d => d.Direction).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        var max = shown.Select(d => d.Deficits).DefaultIfEmpty().Max();
        plot.Axes.SetLimitsX(0, Math.Max(max * 1.15, 1));
        plot.Axes.SetLimitsY(-0.6, Math.Max(shown.Count, 1) - 0.4);
        ChartStyle.Numbers(plot.Axes.Bottom, integers: true);
        if (shown.Count == 0) ChartStyle.NoData(plot, "Результатов самодиагностики по показателям нет");
        var title = round is { } r ? $"Дефициты по направлениям, самодиагностика {ChartStyle.Day(r)}" : "Дефициты по направлениям";
        plot.Title($"{title}\n{place}");
        plot.XLabel("Показателей с 0 баллов, сумма по школам");
        return new ChartFigure(plot, ChartStyle.BarHeight(shown.Count) + 30, title);
    }
}
