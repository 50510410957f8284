using System.Globalization;
using Edu.Analytics.Charts;
using Edu.Analytics.Model;
using ScottPlot;

namespace Edu.Reports.Charts;

/// <summary>
/// «Выход из ШНОР» (SHNOR_EXIT): per municipality the share of its previous year's «ШНОР» schools that left the list,
/// with «вышли N из M» beside each bar; the region on top.
/// </summary>
public static class ShnorExitChart
{
    public static ChartFigure Draw(IReadOnlyList<MunicipalityExit> exits, int? year)
    {
        // The region on top, then largest first (bars are drawn from the bottom up).
        var shown = exits.OrderBy(e => e.Municipality == Labels.Region).ThenBy(e => e.Percent).ThenByDescending(e => e.Municipality, StringComparer.Ordinal).ToList();
        var plot = new Plot();
        var bars = shown.Select((e, i) => new Bar
        {
            Position = i, Value = e.Percent, Size = 0.7, LineWidth = 0,
            FillColor = e.Municipality == Labels.Region ? ChartStyle.Black : ChartStyle.Green,
            Label = string.Create(CultureInfo.InvariantCulture, $"{e.Left:0} из {e.Judged:0}"),
        }).ToList();
        if (bars.Count > 0)
        {
            var plottable = plot.Add.Bars(bars);
            plottable.Horizontal = true;
            plottable.ValueLabelStyle.FontSize = 12;
        }
        ChartStyle.NamesOnLeft(plot, shown.Select(e => e.Municipality).ToList());
        // Room right of 100 % for the «N из M» labels, but no tick past 100 %.
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, 11).Select(i => i * 10.0).ToArray(), Enumerable.Range(0, 11).Select(i => ChartStyle.Number(i * 10.0)).ToArray());
        plot.Axes.SetLimitsX(0, 112);
        plot.Axes.SetLimitsY(-0.6, Math.Max(shown.Count, 1) - 0.4);
        var title = year is { } y ? $"Выход из ШНОР (SHNOR_EXIT), {y.ToString(CultureInfo.InvariantCulture)} год" : "Выход из ШНОР (SHNOR_EXIT)";
        plot.Title(title);
        plot.XLabel("Доля школ «ШНОР» прошлого года, вышедших из списка, %");
        if (shown.Count == 0) ChartStyle.NoData(plot, "В прошлом году школ «ШНОР» не было");
        return new ChartFigure(plot, ChartStyle.BarHeight(shown.Count), title);
    }
}
