using ScottPlot;
using SkiaSharp;

namespace Edu.Reports.Charts;

/// <summary>
/// A chart drawn by its one definition from its dataset. The definition decides what is drawn and how tall it is; the
/// place that shows it, the dashboard or the report, decides the width and the encoding.
/// </summary>
public sealed class ChartFigure(Plot plot, int height, string title) : IDisposable
{
    private static readonly SKPngEncoderOptions FastEncoding = new(SKPngEncoderFilterFlags.Sub, 3);

    public Plot Plot { get; } = plot;

    public int Height { get; } = height;

    /// <summary>The chart's title as drawn on it (its first line).</summary>
    public string Title { get; } = title;

    public byte[] Png(int width, PngEncoding encoding)
    {
        ChartStyle.ApplyFont(Plot);
        if (encoding == PngEncoding.Compact) return Plot.GetImageBytes(width, Height, ImageFormat.Png);
        using var surface = SKSurface.Create(new SKImageInfo(width, Height));
        Plot.Render(surface.Canvas, width, Height);
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        using var png = pixels.Encode(FastEncoding) ?? throw new InvalidOperationException("SkiaSharp could not encode the chart as PNG.");
        return png.ToArray();
    }

    public void Dispose() => Plot.Dispose();
}
