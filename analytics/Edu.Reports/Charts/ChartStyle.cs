using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Edu.Reports.Charts;

/// <summary>Font, colours, sizes and axis labels shared by every chart, so the report's and the dashboard's look alike.</summary>
public static class ChartStyle
{
    /// <summary>Set explicitly: left to itself ScottPlot picks a serif font on Linux (STACK.md); DejaVu has Cyrillic.</summary>
    public const string Font = "DejaVu Sans";

    /// <summary>The report's width, so printed pages line up.</summary>
    public const int Width = 1000;

    // Okabe–Ito colours: distinguishable with common colour-vision deficiencies and in greyscale print.
    public static readonly Color Blue = Color.FromHex("#0072B2");
    public static readonly Color Orange = Color.FromHex("#E69F00");
    public static readonly Color SkyBlue = Color.FromHex("#56B4E9");
    public static readonly Color Green = Color.FromHex("#009E73");
    public static readonly Color Vermillion = Color.FromHex("#D55E00");
    public static readonly Color Grey = Color.FromHex("#999999");
    public static readonly Color Black = Color.FromHex("#000000");

    /// <summary>
    /// The one culture of every chart's text, whatever the server's: Russian, decimal comma, thousands separated by a space
    /// (a plain one: a narrow no-break space is missing from some fonts and drew as a box).
    /// </summary>
    public static CultureInfo Culture { get; } = CreateCulture();

    // Russian month names for month ticks: the culture's genitive «июля» reads wrong without a day.
    private static readonly string[] Months = ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"];

    /// <summary>The font on everything drawn so far, legend and text labels included; called by <see cref="ChartFigure.Png"/>.</summary>
    public static void ApplyFont(Plot plot)
    {
        plot.Font.Set(Font);
        plot.Legend.FontName = Font;
        plot.Axes.Title.Label.FontName = Font;
        foreach (var text in plot.GetPlottables().OfType<ScottPlot.Plottables.Text>()) text.LabelFontName = Font;
        foreach (var bars in plot.GetPlottables().OfType<ScottPlot.Plottables.BarPlot>()) bars.ValueLabelStyle.FontName = Font;
    }

    /// <summary>Horizontal bar charts grow with the number of municipalities so labels never overlap.</summary>
    public static int BarHeight(int bars) => 170 + (28 * Math.Max(bars, 1));

    // «Сосновоборский городской округ» → «Сосновоборский ГО», «Лужский район» → «Лужский»: long names crowd the axis.
    public static string ShortName(string name) =>
        name.Replace(" городской округ", " ГО", StringComparison.Ordinal).Replace(" район", "", StringComparison.Ordinal);

    public static void NamesOnLeft(Plot plot, IReadOnlyList<string> names)
    {
        plot.Axes.Left.TickGenerator = new NumericManual(
            Enumerable.Range(0, names.Count).Select(i => (double)i).ToArray(),
            names.Select(ShortName).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
    }

    /// <summary>
    /// Numbers on an axis as a Russian reader writes them (decimal comma): ScottPlot's own labels came out as «6.5»
    /// (STACK.md). Counts of schools get whole-number ticks only.
    /// </summary>
    public static void Numbers(IAxis axis, bool integers = false) =>
        axis.TickGenerator = new NumericAutomatic { IntegerTicksOnly = integers, LabelFormatter = Tick };

    /// <summary>Whole years, written as years («2025», not «2 025»).</summary>
    public static void Years(IAxis axis) =>
        axis.TickGenerator = new NumericAutomatic { IntegerTicksOnly = true, LabelFormatter = y => ((int)Math.Round(y)).ToString(CultureInfo.InvariantCulture) };

    /// <summary>Ticks every <paramref name="interval"/>, labelled as <see cref="Number"/> writes them.</summary>
    public static void NumbersEvery(IAxis axis, double interval) =>
        axis.TickGenerator = new NumericFixedInterval(interval) { LabelFormatter = Tick };

    /// <summary>Dates on the bottom axis as <see cref="Date"/> writes them: ScottPlot's own came out as «06/29/2025 00:00» (STACK.md).</summary>
    public static void DatesBottom(Plot plot)
    {
        var axis = plot.Axes.DateTimeTicksBottom();
        axis.TickGenerator = new DateTimeAutomatic { LabelFormatter = Date };
    }

    /// <summary>
    /// A tick's date, as short as it can be: «2025» at the start of a year, «июл 2025» at the start of a month, else
    /// «15.07.2025» (ДД.ММ.ГГГГ). Yearly ticks written in full ran off the chart's right edge.
    /// </summary>
    public static string Date(DateTime date) =>
        date is { Month: 1, Day: 1 } ? date.Year.ToString(CultureInfo.InvariantCulture)
        : date.Day == 1 ? $"{Months[date.Month - 1]} {date.Year.ToString(CultureInfo.InvariantCulture)}"
        : Day(DateOnly.FromDateTime(date));

    /// <summary>A date in a chart's text: ДД.ММ.ГГГГ.</summary>
    public static string Day(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// A number as the charts write it: decimal comma, up to <paramref name="decimals"/> decimals, thousands separated by a
    /// space; a tick a rounding error below 0 is «0».
    /// </summary>
    public static string Number(double value, int decimals = 2) =>
        (Math.Abs(value) < 1e-9 ? 0 : value).ToString("#,##0." + new string('#', decimals), Culture);

    /// <summary>An axis tick: <see cref="Number(double, int)"/> with two decimals at most.</summary>
    public static string Tick(double value) => Number(value);

    private static CultureInfo CreateCulture()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("ru-RU").Clone();
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.NumberGroupSeparator = " ";
        culture.NumberFormat.NegativeSign = "-";
        return CultureInfo.ReadOnly(culture);
    }

    /// <summary>
    /// Breaks a long title line at spaces into lines of at most <paramref name="width"/> characters: ScottPlot does not
    /// wrap, and a long indicator name ran off both edges of a 900 px chart.
    /// </summary>
    public static string Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }
        lines.Add(line);
        return string.Join('\n', lines);
    }

    public static void NoData(Plot plot, string text)
    {
        var label = plot.Add.Text(text, 0, 0);
        label.LabelFontName = Font;
        label.LabelFontSize = 16;
    }

    /// <summary>
    /// For a chart whose axes come from its data, when it has none: the message in the middle of an empty frame, with no
    /// ticks (numbers around nothing, such as years −1…1, read as data). Call after the axes are styled.
    /// </summary>
    public static void NothingToPlot(Plot plot, string text)
    {
        var label = plot.Add.Text(text, 0.5, 0.5);
        label.LabelFontName = Font;
        label.LabelFontSize = 16;
        label.LabelAlignment = Alignment.MiddleCenter;
        plot.Axes.SetLimits(0, 1, 0, 1);
        plot.Axes.SetLimitsY(0, 1, plot.Axes.Right);
        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left, plot.Axes.Right })
        {
            axis.TickGenerator = new NumericManual();
        }

        plot.HideGrid();
    }
}
