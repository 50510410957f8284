using Edu.Analytics.Exports;
using Edu.Analytics.Model;
using ScottPlot;

namespace Edu.Reports.Charts;

/// <summary>«ШНОР по муниципалитетам»: ШНОР and группа риска of each municipality in the scope, stacked.</summary>
internal static class ShnorChart
{
    public const string FileName = "ШНОР_по_муниципалитетам.png";

    public static ReportChart Render(IReadOnlyList<ShnorRow> shnor, int? year)
    {
        var counts = shnor
            .GroupBy(r => r.Municipality ?? "")
            .Select(g => (Name: g.Key, Shnor: g.Count(r => r.Status == ShnorStatus.Shnor), Risk: g.Count(r => r.Status == ShnorStatus.RiskGroup)))
            // Largest at the top: horizontal bars are drawn from the bottom up.
            .OrderBy(c => c.Shnor + c.Risk).ThenByDescending(c => c.Name, StringComparer.Ordinal)
            .ToList();

        var plot = new Plot();
        var bars = new List<Bar>();
        for (var i = 0; i < counts.Count; i++)
        {
            bars.Add(new Bar { Position = i, ValueBase = 0, Value = counts[i].Shnor, FillColor = ChartStyle.Vermillion, LineWidth = 0, Size = 0.7 });
            bars.Add(new Bar { Position = i, ValueBase = counts[i].Shnor, Value = counts[i].Shnor + counts[i].Risk, FillColor = ChartStyle.Orange, LineWidth = 0, Size = 0.7 });
        }
        plot.Add.Bars(bars).Horizontal = true;
        ChartStyle.NamesOnLeft(plot, counts.Select(c => c.Name).ToList());
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.Margins(left: 0, right: 0.05, bottom: 0.02, top: 0.02);
        var title = year is { } y ? $"ШНОР и группа риска по муниципалитетам, {y} год" : "ШНОР и группа риска по муниципалитетам";
        plot.Title(title);
        plot.XLabel("Число школ");
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = Labels.Status(ShnorStatus.Shnor), FillColor = ChartStyle.Vermillion });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = Labels.Status(ShnorStatus.RiskGroup), FillColor = ChartStyle.Orange });
        plot.ShowLegend(Alignment.LowerRight);
        if (counts.Count == 0) ChartStyle.NoData(plot, "Школ со статусом ШНОР или «группа риска» нет");
        return new ReportChart(FileName, title, ChartStyle.Png(plot, ChartStyle.BarHeight(counts.Count)));
    }
}
