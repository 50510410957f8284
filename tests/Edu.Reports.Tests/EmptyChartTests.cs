using Edu.Analytics.Charts;
using Edu.Reports.Charts;
using SkiaSharp;

namespace Edu.Reports.Tests;

/// <summary>A chart with nothing to draw still says so: its title and its «нет данных» text, not an empty frame.</summary>
public class EmptyChartTests
{
    public static TheoryData<string> Charts => [.. Empty().Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Charts))]
    public void A_chart_without_data_says_so(string chart)
    {
        using var figure = Empty().Single(c => c.Name == chart).Draw();

        DarkPixels(figure.Png(900, PngEncoding.Fast)).Should().BeGreaterThan(500, "the title and the message are drawn");
    }

    private static IEnumerable<(string Name, Func<ChartFigure> Draw)> Empty()
    {
        var asOf = new DateOnly(2025, 9, 1);
        yield return ("school", () => SchoolTrendChart.Draw(new SchoolTrend("sch470001", "Лужский район", []), "МОУ «Лужская СОШ № 1»"));
        yield return ("scatter", () => ContextScatterChart.Draw(ContextScatter.Of(2025, [])));
        yield return ("marks", () => MarksChart.Draw([], 2025, "Лужский район"));
        yield return ("schools", () => SchoolsChart.Draw([]));
        yield return ("shnor", () => ShnorChart.Draw([], 2025));
        yield return ("shnor-exit", () => ShnorExitChart.Draw([], 2025));
        yield return ("tasks", () => TaskRatesChart.Draw(new TaskRates(2025, "ВПР · Математика · 5", "Лужский район", []), 50));
        yield return ("sd-directions", () => SdDirectionsChart.Draw([], asOf, "Лужский район"));
        yield return ("sd-levels", () => SdLevelsChart.Draw([], asOf));
    }

    private static int DarkPixels(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        var dark = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                if (c.Alpha > 0 && c.Red + c.Green + c.Blue < 300) dark++;
            }
        }

        return dark;
    }
}
