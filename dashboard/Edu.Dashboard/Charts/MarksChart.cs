using System.Globalization;
using DuckDB.NET.Data;
using Edu.Dashboard.Access;
using Edu.Dashboard.Data;
using Edu.Reports.Charts;
using Edu.Storage;
using ScottPlot;

namespace Edu.Dashboard.Charts;

/// <summary>
/// Marks «2»…«5» of one school in one procedure. Counts from individual results and ОГЭ protocols; from ВПР
/// «статистика по отметкам» they are participants × share / 100, so summing them weights schools by participants.
/// </summary>
public sealed record SchoolMarks(string Login, string Procedure, double Two, double Three, double Four, double Five);

/// <summary>One bar of the chart: a procedure's marks as shares of all its marks, in %.</summary>
public sealed record MarksBar(string Procedure, double Marks, double Two, double Three, double Four, double Five);

/// <summary>«Распределение отметок»: one 100 % stacked bar per ВПР/ОГЭ procedure (ЕГЭ has scores, not marks).</summary>
public static class MarksChart
{
    /// <summary>More bars than this stop being readable; the most-written procedures are kept.</summary>
    public const int MaxProcedures = 12;

    /// <summary>
    /// The ВПР «статистика по отметкам» row behind a procedure result of that source (alias v, results aliased p):
    /// procedure_results keeps no mark counts for it, so the shares come from the loaded row.
    /// </summary>
    public const string VprMarksJoin =
        "LEFT JOIN vpr_marks v ON p.source = 'VprMarks' AND v.year = p.year AND v.login = p.login AND v.subject = p.subject AND v.grade = p.grade";

    // Every school-procedure row with a whole distribution; the scope and the place both filter in SQL.
    private const string Rows = $$"""
        SELECT * FROM (
            SELECT p.login, p.procedure_label, p.year, p.kind, p.subject, p.grade,
                   coalesce(p.marks2, p.participants * v.share2 / 100.0) AS m2, coalesce(p.marks3, p.participants * v.share3 / 100.0) AS m3,
                   coalesce(p.marks4, p.participants * v.share4 / 100.0) AS m4, coalesce(p.marks5, p.participants * v.share5 / 100.0) AS m5
            FROM procedure_results p
            {{VprMarksJoin}}
            WHERE p.kind <> 'ЕГЭ' AND ($p0 IS NULL OR p.municipality = $p0) AND ($p1 IS NULL OR p.municipality = $p1) AND ($p2 IS NULL OR p.login = $p2))
        WHERE m2 IS NOT NULL AND m3 IS NOT NULL AND m4 IS NOT NULL AND m5 IS NOT NULL
        """;

    /// <summary>Marks of the year in the scope, narrowed to a municipality or one school; ordered by kind, subject and grade.</summary>
    public static List<SchoolMarks> Data(DuckDBConnection connection, UserScope scope, int year, string? municipality, string? login) =>
        connection.Rows($"""
            SELECT login, procedure_label, m2, m3, m4, m5 FROM ({Rows}) WHERE year = $p3 ORDER BY kind, subject, grade, login
            """,
            r => new SchoolMarks(r.GetString(0), r.GetString(1), r.GetDouble(2), r.GetDouble(3), r.GetDouble(4), r.GetDouble(5)),
            scope.SqlMunicipality, municipality, login, year);

    /// <summary>The latest year with marks in the scope and place: the year the pages show.</summary>
    public static int? LatestYear(DuckDBConnection connection, UserScope scope, string? municipality, string? login) =>
        connection.Rows($"SELECT max(year) FROM ({Rows})", r => r.NullableInt(0), scope.SqlMunicipality, municipality, login).Single();

    /// <summary>The same, read once per data version, scope and place (the page and its chart both ask).</summary>
    public static int? LatestYear(DataCache cache, DataVersion version, UserScope scope, string? municipality, string? login) =>
        cache.Get(new DataCacheKey("marks-latest-year", municipality + "|" + login, version, scope),
            c => new Box<int?>(LatestYear(c, scope, municipality, login))).Value;

    /// <summary>
    /// Shares per procedure from the summed counts (a mean of schools' shares would weigh a school of 10 like one of 300);
    /// the <paramref name="max"/> procedures with most marks, in the order they come.
    /// </summary>
    public static List<MarksBar> Series(IEnumerable<SchoolMarks> rows, int max = MaxProcedures)
    {
        var bars = rows.GroupBy(r => r.Procedure)
            .Select((g, order) => (Order: order, Two: g.Sum(r => r.Two), Three: g.Sum(r => r.Three), Four: g.Sum(r => r.Four), Five: g.Sum(r => r.Five), g.Key))
            .Select(s => (s.Order, Bar: Bar(s.Key, s.Two, s.Three, s.Four, s.Five)))
            .Where(s => s.Bar.Marks > 0)
            .ToList();
        return bars.OrderByDescending(s => s.Bar.Marks).ThenBy(s => s.Order).Take(max).OrderBy(s => s.Order).Select(s => s.Bar).ToList();
    }

    private static MarksBar Bar(string procedure, double two, double three, double four, double five)
    {
        var total = two + three + four + five;
        double Pct(double v) => total > 0 ? v * 100 / total : 0;
        return new MarksBar(procedure, total, Pct(two), Pct(three), Pct(four), Pct(five));
    }

    private static readonly (string Label, Color Color)[] Marks =
        [("«2»", ChartStyle.Vermillion), ("«3»", ChartStyle.Orange), ("«4»", ChartStyle.SkyBlue), ("«5»", ChartStyle.Green)];

    public static byte[] Render(IReadOnlyList<MarksBar> bars, int year, string place)
    {
        var plot = new Plot();
        var drawn = new List<Bar>();
        for (var i = 0; i < bars.Count; i++)
        {
            // The first procedure on top, as the list reads.
            var position = bars.Count - 1 - i;
            double[] shares = [bars[i].Two, bars[i].Three, bars[i].Four, bars[i].Five];
            var start = 0.0;
            for (var k = 0; k < shares.Length; k++)
            {
                var end = k == shares.Length - 1 ? 100 : start + shares[k];
                drawn.Add(new Bar
                {
                    Position = position, ValueBase = start, Value = end, FillColor = Marks[k].Color, LineColor = Colors.White, LineWidth = 1, Size = 0.7,
                    // Narrow segments get no number: it would not fit and would cover the neighbour's.
                    Label = shares[k] >= 6 ? shares[k].ToString("0", CultureInfo.InvariantCulture) : "",
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
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(10);
        foreach (var (label, color) in Marks) plot.Legend.ManualItems.Add(new LegendItem { LabelText = label, FillColor = color });
        // Below the bars, in one row: a legend inside the data area would cover the 100 % bars.
        plot.Legend.Orientation = Orientation.Horizontal;
        // The page scales the 900 px image down; the default legend text becomes hard to read first.
        plot.Legend.FontSize = 15;
        plot.ShowLegend(Edge.Bottom);
        if (bars.Count == 0) ChartStyle.NoData(plot, "Нет отметок ВПР и ОГЭ");
        plot.Title($"Распределение отметок, {year.ToString(CultureInfo.InvariantCulture)}\n{place}");
        plot.XLabel("Доля отметок, %");
        return DashboardPng.Render(plot, 900, 190 + (34 * Math.Max(bars.Count, 1)));
    }
}
