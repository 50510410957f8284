using System.Globalization;
using Edu.Analytics.Exports;
using Edu.Analytics.Model;
using ScottPlot;

namespace Edu.Reports.Charts;

/// <summary>
/// «Достижение цели по муниципалитетам»: for one indicator, each municipality's latest value as a bar
/// coloured by status and its target as a black mark. The deadline shown is the nearest one not yet
/// passed at the report date (else the last passed one): that is the target being worked on.
/// </summary>
internal static class AttainmentChart
{
    private static readonly Dictionary<AttainmentStatus, Color> StatusColours = new()
    {
        [AttainmentStatus.Achieved] = ChartStyle.Green,
        [AttainmentStatus.OnTrack] = ChartStyle.Blue,
        [AttainmentStatus.AtRisk] = ChartStyle.Orange,
        [AttainmentStatus.NotAchieved] = ChartStyle.Vermillion,
    };

    public static IEnumerable<ReportChart> Render(IReadOnlyList<IndicatorRow> indicators, DateOnly asOf) => indicators
        .GroupBy(r => r.Code, StringComparer.Ordinal)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => RenderOne(g.Key, g.ToList(), asOf));

    private static ReportChart RenderOne(string code, List<IndicatorRow> rows, DateOnly asOf)
    {
        var name = rows[0].Name;
        var deadlines = rows.Select(r => r.Deadline).Distinct().Order().ToList();
        var deadline = deadlines.Where(d => d >= asOf).DefaultIfEmpty(deadlines[^1]).First();
        var shown = rows
            .Where(r => r.Deadline == deadline)
            .Select(r => (Name: r.Municipality, Target: (double?)r.TargetValue, Value: r.Value, r.Status))
            // The region on top, then largest first (bars are drawn from the bottom up); no value sorts last.
            .OrderBy(r => r.Name == Labels.Region)
            .ThenBy(r => r.Value ?? double.MinValue).ThenByDescending(r => r.Name, StringComparer.Ordinal)
            .ToList();

        var plot = new Plot();
        var bars = shown.Select((r, i) => new Bar
        {
            Position = i,
            Value = r.Value ?? 0,
            FillColor = StatusColours.GetValueOrDefault(r.Status, ChartStyle.Grey),
            LineWidth = 0,
            Size = 0.7,
        }).ToList();
        plot.Add.Bars(bars).Horizontal = true;
        var marks = shown.Select((r, i) => (r.Target, Position: (double)i)).Where(m => m.Target is not null).ToList();
        if (marks.Count > 0)
        {
            var targets = plot.Add.Markers(marks.Select(m => m.Target!.Value).ToArray(), marks.Select(m => m.Position).ToArray(), MarkerShape.VerticalBar, 22, ChartStyle.Black);
            targets.MarkerLineWidth = 3;
        }
        // A municipality with its own target and the region-wide one at the same deadline gets two bars: say which is which.
        var repeated = shown.GroupBy(r => r.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        ChartStyle.NamesOnLeft(plot, shown.Select(r => repeated.Contains(r.Name) ? $"{ChartStyle.ShortName(r.Name)} (цель {r.Target?.ToString("0.###", CultureInfo.GetCultureInfo("ru-RU"))})" : r.Name).ToList());
        plot.Axes.Margins(left: 0, right: 0.08, bottom: 0.02, top: 0.02);
        var title = $"{code}: достижение цели к {deadline:dd.MM.yyyy}";
        plot.Title($"{title}\n{name}");
        plot.XLabel($"Значение на {asOf:dd.MM.yyyy}; чёрная метка — целевое значение");
        foreach (var (status, colour) in StatusColours)
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = Labels.Status(status), FillColor = colour });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = Labels.Status(AttainmentStatus.NoData), FillColor = ChartStyle.Grey });
        // Outside the data area: target marks near the axis end would hide under a legend inside it.
        plot.ShowLegend(Edge.Right);
        return new ReportChart($"Цель_{FileSafe(code)}.png", title, ChartStyle.Png(plot, ChartStyle.BarHeight(shown.Count) + 30));
    }

    private static string FileSafe(string code) => string.Concat(code.Select(c => char.IsLetterOrDigit(c) || c is '_' or '-' ? c : '_'));
}
