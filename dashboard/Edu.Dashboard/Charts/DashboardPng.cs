using Edu.Reports.Charts;
using ScottPlot;
using SkiaSharp;

namespace Edu.Dashboard.Charts;

/// <summary>
/// The dashboard's charts as PNG, styled like the report's. Encoded with the Sub filter and light compression:
/// ScottPlot's default encoding tries every filter at zlib level 6, three quarters of a cold chart's time,
/// for files only a fifth smaller; these are viewed on screen and cached, not archived.
/// </summary>
public static class DashboardPng
{
    private static readonly SKPngEncoderOptions Encoding = new(SKPngEncoderFilterFlags.Sub, 3);

    public static byte[] Render(Plot plot, int width, int height)
    {
        ChartStyle.ApplyFont(plot);
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        plot.Render(surface.Canvas, width, height);
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        using var png = pixels.Encode(Encoding) ?? throw new InvalidOperationException("SkiaSharp could not encode the chart as PNG.");
        return png.ToArray();
    }
}
