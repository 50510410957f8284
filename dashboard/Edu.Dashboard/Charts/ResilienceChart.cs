using DuckDB.NET.Data;
using Edu.Dashboard.Access;
using Edu.Dashboard.Data;
using Edu.Reports.Charts;
using Edu.Storage;
using ScottPlot;

namespace Edu.Dashboard.Charts;

/// <summary>A school on the scatter: its two indexes and which highlighted group it belongs to.</summary>
public sealed record SchoolPoint(string Login, double Context, double Result, bool Shnor, bool Resilient, bool Disadvantaged);

/// <summary>«ШФНСУ и резильентные»: context index against result index with the least-squares line over the plotted schools.</summary>
public static class ResilienceChart
{
    /// <summary>The latest year with context indexes in the scope, the default of the chart and the page.</summary>
    public static int? LatestYear(DuckDBConnection connection, UserScope scope) =>
        connection.Rows("SELECT max(year) FROM context_index WHERE $p0 IS NULL OR municipality = $p0",
            r => r.NullableInt(0), scope.SqlMunicipality).Single();

    /// <summary>The same, read once per data version and scope (the page and its chart both ask).</summary>
    public static int? LatestYear(DataCache cache, DataVersion version, UserScope scope) =>
        cache.Get(new DataCacheKey("resilience-latest-year", "", version, scope), c => new Box<int?>(LatestYear(c, scope))).Value;

    /// <summary>Schools of the year with both indexes; the scope is applied in SQL, the page's filters narrow it further.</summary>
    public static List<SchoolPoint> Data(DuckDBConnection connection, UserScope scope, int year, string? municipality, string? district) =>
        connection.Rows("""
            SELECT c.login, c.context_index, c.result_index,
                   EXISTS (SELECT 1 FROM shnor s WHERE s.year = c.year AND s.login = c.login AND s.status = 'ШНОР'),
                   EXISTS (SELECT 1 FROM resilience r WHERE r.year = c.year AND r.login = c.login
                           AND (r.resilient_by_quartile OR r.resilient_by_value_added)),
                   c.is_disadvantaged
            FROM context_index c
            WHERE c.year = $p0 AND ($p1 IS NULL OR c.municipality = $p1) AND ($p2 IS NULL OR c.municipality = $p2)
              AND ($p3 IS NULL OR c.district = $p3) AND c.context_index IS NOT NULL AND c.result_index IS NOT NULL
            ORDER BY c.login
            """,
            r => new SchoolPoint(r.GetString(0), r.GetDouble(1), r.GetDouble(2), r.GetBoolean(3), r.GetBoolean(4), r.GetBoolean(5)),
            year, scope.SqlMunicipality, municipality, district);

    /// <summary>Ordinary least squares y = a + b·x; null with fewer than two distinct x.</summary>
    public static (double Intercept, double Slope)? Fit(IReadOnlyList<SchoolPoint> points)
    {
        if (points.Count < 2) return null;
        var mx = points.Average(p => p.Context);
        var my = points.Average(p => p.Result);
        var sxx = points.Sum(p => (p.Context - mx) * (p.Context - mx));
        if (sxx <= 1e-12) return null;
        var slope = points.Sum(p => (p.Context - mx) * (p.Result - my)) / sxx;
        return (my - (slope * mx), slope);
    }

    public static byte[] Render(IReadOnlyList<SchoolPoint> points, int year)
    {
        var plot = new Plot();
        Group(plot, points.Where(p => !p.Shnor && !p.Resilient && !p.Disadvantaged), "другие школы", ChartStyle.Grey, MarkerShape.FilledCircle, 5);
        Group(plot, points.Where(p => !p.Shnor && !p.Resilient && p.Disadvantaged), "ШФНСУ", ChartStyle.Blue, MarkerShape.OpenCircle, 7);
        Group(plot, points.Where(p => p.Resilient), "резильентные", ChartStyle.Green, MarkerShape.FilledTriangleUp, 9);
        Group(plot, points.Where(p => p.Shnor), "ШНОР", ChartStyle.Vermillion, MarkerShape.FilledSquare, 8);
        if (Fit(points) is var (a, b))
        {
            double min = points.Min(p => p.Context), max = points.Max(p => p.Context);
            var line = plot.Add.Line(min, a + (b * min), max, a + (b * max));
            line.Color = ChartStyle.Black;
            line.LineWidth = 2;
            line.LinePattern = LinePattern.Dashed;
            line.LegendText = "линия регрессии";
        }
        if (points.Count == 0) plot.Add.Text("Нет школ с обоими индексами", 0, 0);
        plot.Title($"Контекст и результаты школ, {year} год");
        plot.XLabel("Индекс социально-экономического благополучия (ИСБШ)");
        plot.YLabel("Индекс результатов");
        plot.ShowLegend(Alignment.UpperLeft);
        return DashboardPng.Render(plot, 900, 600);
    }

    // Each group its own colour and marker shape, so the groups are told apart in greyscale too.
    private static void Group(Plot plot, IEnumerable<SchoolPoint> group, string label, Color color, MarkerShape shape, float size)
    {
        var list = group.ToList();
        if (list.Count == 0) return;
        var markers = plot.Add.Markers(list.Select(p => p.Context).ToArray(), list.Select(p => p.Result).ToArray());
        markers.Color = color;
        markers.MarkerShape = shape;
        markers.MarkerSize = size;
        markers.LegendText = label;
    }
}
