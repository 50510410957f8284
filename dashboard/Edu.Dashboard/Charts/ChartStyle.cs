using ScottPlot;

namespace Edu.Dashboard.Charts;

/// <summary>Colours and font of the analytics charts: Okabe–Ito (safe with colour-vision deficiencies) and DejaVu Sans.</summary>
public static class ChartStyle
{
    public static readonly Color Blue = Color.FromHex("#0072B2");
    public static readonly Color Orange = Color.FromHex("#E69F00");
    public static readonly Color Green = Color.FromHex("#009E73");
    public static readonly Color Vermillion = Color.FromHex("#D55E00");
    public static readonly Color Grey = Color.FromHex("#999999");
    public static readonly Color Black = Color.FromHex("#000000");

    /// <summary>Sets the font everywhere ScottPlot keeps one; left alone it picks a serif font on Linux (STACK.md).</summary>
    public static byte[] Png(Plot plot, int width, int height)
    {
        plot.Font.Set(SchoolsChart.Font);
        plot.Legend.FontName = SchoolsChart.Font;
        foreach (var text in plot.GetPlottables().OfType<ScottPlot.Plottables.Text>()) text.LabelFontName = SchoolsChart.Font;
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }
}
