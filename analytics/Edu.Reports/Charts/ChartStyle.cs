using ScottPlot;

namespace Edu.Reports.Charts;

/// <summary>Font, colours and size shared by the report's and the dashboard's charts, so they look alike.</summary>
public static class ChartStyle
{
    /// <summary>Set explicitly: left to itself ScottPlot picks a serif font on Linux (STACK.md); DejaVu has Cyrillic.</summary>
    public const string Font = "DejaVu Sans";

    public const int Width = 1000;

    // Okabe–Ito colours: distinguishable with common colour-vision deficiencies and in greyscale print.
    public static readonly Color Blue = Color.FromHex("#0072B2");
    public static readonly Color Orange = Color.FromHex("#E69F00");
    public static readonly Color SkyBlue = Color.FromHex("#56B4E9");
    public static readonly Color Green = Color.FromHex("#009E73");
    public static readonly Color Vermillion = Color.FromHex("#D55E00");
    public static readonly Color Grey = Color.FromHex("#999999");
    public static readonly Color Black = Color.FromHex("#000000");

    /// <summary>A report chart: the report's width, so printed pages line up.</summary>
    public static byte[] Png(Plot plot, int height) => Png(plot, Width, height);

    /// <summary>Applies the font to everything drawn so far, legend and text labels included; call after adding all plottables.</summary>
    public static byte[] Png(Plot plot, int width, int height)
    {
        ApplyFont(plot);
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }

    /// <summary>The font on everything drawn so far, for callers that encode the image themselves (the dashboard).</summary>
    public static void ApplyFont(Plot plot)
    {
        plot.Font.Set(Font);
        plot.Legend.FontName = Font;
        plot.Axes.Title.Label.FontName = Font;
        foreach (var text in plot.GetPlottables().OfType<ScottPlot.Plottables.Text>()) text.LabelFontName = Font;
    }

    /// <summary>Horizontal bar charts grow with the number of municipalities so labels never overlap.</summary>
    public static int BarHeight(int bars) => 170 + (28 * Math.Max(bars, 1));

    // «Сосновоборский городской округ» → «Сосновоборский ГО», «Лужский район» → «Лужский»: long names crowd the axis.
    public static string ShortName(string name) =>
        name.Replace(" городской округ", " ГО", StringComparison.Ordinal).Replace(" район", "", StringComparison.Ordinal);

    public static void NamesOnLeft(Plot plot, IReadOnlyList<string> names)
    {
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, names.Count).Select(i => (double)i).ToArray(),
            names.Select(ShortName).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
    }

    public static void NoData(Plot plot, string text)
    {
        var label = plot.Add.Text(text, 0, 0);
        label.LabelFontName = Font;
        label.LabelFontSize = 16;
    }
}
