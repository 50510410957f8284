using Edu.Analytics.Exports;
using ScottPlot;

namespace Edu.Reports.Charts;

/// <summary>
/// «Контекст и результаты»: each school's ИСБШ against its result index. ШФНСУ schools and the resilient
/// ones among them are coloured, so the schools that beat their context stand out.
/// </summary>
internal static class ContextScatterChart
{
    public const string FileName = "Контекст_и_результаты.png";

    public static ReportChart Render(IReadOnlyList<ContextRow> context, IReadOnlyList<ResilientRow> resilient, int? year)
    {
        var resilientLogins = resilient.Where(r => r.IsDisadvantaged && r.Resilient).Select(r => r.Login).ToHashSet(StringComparer.Ordinal);
        var points = context
            .Where(r => r.ContextIndex is not null && r.ResultIndex is not null)
            .Select(r => (X: r.ContextIndex!.Value, Y: r.ResultIndex!.Value,
                Group: resilientLogins.Contains(r.Login) ? 2 : r.IsDisadvantaged ? 1 : 0))
            .ToList();

        var plot = new Plot();
        AddGroup(plot, points, 0, ChartStyle.Grey, "прочие школы");
        AddGroup(plot, points, 1, ChartStyle.Orange, "ШФНСУ");
        AddGroup(plot, points, 2, ChartStyle.Green, "резильентные ШФНСУ");
        var title = year is { } y ? $"Социальный контекст и результаты, {y} год" : "Социальный контекст и результаты";
        plot.Title(title);
        plot.XLabel("Индекс социального благополучия школы (ИСБШ)");
        plot.YLabel("Индекс результатов");
        plot.ShowLegend(Alignment.UpperLeft);
        if (points.Count == 0) ChartStyle.NoData(plot, "Нет школ с индексом ИСБШ и индексом результатов");
        return new ReportChart(FileName, title, ChartStyle.Png(plot, 650));
    }

    private static void AddGroup(Plot plot, List<(double X, double Y, int Group)> points, int group, Color colour, string label)
    {
        var selected = points.Where(p => p.Group == group).ToList();
        if (selected.Count == 0) return;
        var scatter = plot.Add.ScatterPoints(selected.Select(p => p.X).ToArray(), selected.Select(p => p.Y).ToArray(), colour);
        scatter.MarkerSize = group == 0 ? 5 : 8;
        scatter.LegendText = label;
    }
}
