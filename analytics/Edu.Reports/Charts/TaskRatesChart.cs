using System.Globalization;
using Edu.Analytics.Charts;
using Edu.Analytics.Model;
using ScottPlot;

namespace Edu.Reports.Charts;

/// <summary>
/// «Выполнение заданий»: each task of a ВПР procedure-year as a bar of the place's solve rate beside the region's, with
/// the mastery line (50 % by default): the tasks under it are the skills to work on.
/// </summary>
public static class TaskRatesChart
{
    public const int Height = 440;

    public static ChartFigure Draw(TaskRates data, double masteryRate)
    {
        var plot = new Plot();
        var isRegion = data.Place == Labels.Region;
        var bars = new List<Bar>();
        for (var i = 0; i < data.Tasks.Count; i++)
        {
            var task = data.Tasks[i];
            // Three slots per task: the place, the region, a gap.
            bars.Add(new Bar
            {
                Position = Slot(i, isRegion), Value = task.Rate, Size = 0.9, LineWidth = 0,
                FillColor = task.Rate < masteryRate ? ChartStyle.Vermillion : ChartStyle.Blue,
                Label = task.Rate.ToString("0", CultureInfo.InvariantCulture),
            });
            if (!isRegion) bars.Add(new Bar { Position = Slot(i, isRegion) + 1, Value = task.RegionRate, Size = 0.9, LineWidth = 0, FillColor = ChartStyle.Grey });
        }
        if (bars.Count > 0)
        {
            var plottable = plot.Add.Bars(bars);
            plottable.ValueLabelStyle.FontSize = 11;
        }
        var line = plot.Add.HorizontalLine(masteryRate, 2, ChartStyle.Black, LinePattern.Dashed);
        line.LegendText = $"{ChartStyle.Number(masteryRate)} % — порог освоения";
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            data.Tasks.Select((_, i) => Slot(i, isRegion) + (isRegion ? 0 : 0.5)).ToArray(),
            data.Tasks.Select(t => t.Task).ToArray());
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        ChartStyle.NumbersEvery(plot.Axes.Left, 10);
        plot.Axes.SetLimitsY(0, 105);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = ChartStyle.ShortName(data.Place) + ": не ниже порога", FillColor = ChartStyle.Blue });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "ниже порога", FillColor = ChartStyle.Vermillion });
        if (!isRegion) plot.Legend.ManualItems.Add(new LegendItem { LabelText = Labels.Region, FillColor = ChartStyle.Grey });
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend(Edge.Bottom);
        if (data.IsEmpty) ChartStyle.NoData(plot, "Нет результатов по заданиям");
        var title = $"Выполнение заданий: {data.Procedure}, {data.Year.ToString(CultureInfo.InvariantCulture)}";
        plot.Title($"{title}\n{data.Place}");
        plot.XLabel("Номер задания");
        plot.YLabel("Выполнение, %");
        return new ChartFigure(plot, Height, title);
    }

    private static double Slot(int task, bool single) => single ? task : task * 3;
}
