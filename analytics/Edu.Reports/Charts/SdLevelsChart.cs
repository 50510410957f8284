using System.Globalization;
using Edu.Analytics.Charts;
using Edu.Analytics.Model;
using Edu.Reference;
using ScottPlot;

namespace Edu.Reports.Charts;

/// <summary>
/// «Уровни самодиагностики»: per municipality one bar of its schools stacked by level, lowest level first, the number of
/// schools on each segment; the region's bar on top.
/// </summary>
public static class SdLevelsChart
{
    private static readonly (SelfDiagnosticsLevel Level, Color Color)[] Levels =
    [
        (SelfDiagnosticsLevel.BelowBasic, ChartStyle.Vermillion), (SelfDiagnosticsLevel.Basic, ChartStyle.Orange),
        (SelfDiagnosticsLevel.Medium, ChartStyle.SkyBlue), (SelfDiagnosticsLevel.High, ChartStyle.Green),
    ];

    public static ChartFigure Draw(IReadOnlyList<SdLevelCount> counts, DateOnly asOf)
    {
        // The region on top, then municipalities alphabetically downwards (bars are drawn from the bottom up). The region's
        // bar counts every school, so bars are shares of each place's schools, the counts written on the segments.
        var shown = counts.OrderBy(c => c.Municipality == Labels.Region).ThenByDescending(c => c.Municipality, StringComparer.Ordinal).ToList();
        var plot = new Plot();
        var bars = new List<Bar>();
        for (var i = 0; i < shown.Count; i++)
        {
            var start = 0.0;
            foreach (var (level, color) in Levels)
            {
                var schools = shown[i].Of(level);
                if (schools == 0) continue;
                var share = schools * 100.0 / shown[i].Total;
                bars.Add(new Bar
                {
                    Position = i, ValueBase = start, Value = start + share, FillColor = color, LineColor = Colors.White, LineWidth = 1, Size = 0.7,
                    // A narrow segment gets no number: it would not fit.
                    Label = share >= 4 ? schools.ToString(CultureInfo.InvariantCulture) : "",
                    CenterLabel = true,
                });
                start += share;
            }
        }
        if (bars.Count > 0)
        {
            var plottable = plot.Add.Bars(bars);
            plottable.Horizontal = true;
            plottable.ValueLabelStyle.FontSize = 12;
            plottable.ValueLabelStyle.ForeColor = Colors.Black;
        }
        ChartStyle.NamesOnLeft(plot, shown.Select(c => c.Municipality).ToList());
        plot.Axes.SetLimitsX(0, 100);
        plot.Axes.SetLimitsY(-0.6, Math.Max(shown.Count, 1) - 0.4);
        ChartStyle.NumbersEvery(plot.Axes.Bottom, 10);
        foreach (var (level, color) in Levels) plot.Legend.ManualItems.Add(new LegendItem { LabelText = Labels.SdLevels.Text(level), FillColor = color });
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.Legend.FontSize = 15;
        plot.ShowLegend(Edge.Bottom);
        if (shown.Count == 0) ChartStyle.NoData(plot, "Результатов самодиагностики нет");
        var title = $"Уровни самодиагностики на {ChartStyle.Day(asOf)}";
        plot.Title(title);
        plot.XLabel("Доля школ, %; на отрезках — число школ");
        return new ChartFigure(plot, 190 + (30 * Math.Max(shown.Count, 1)), title);
    }
}
