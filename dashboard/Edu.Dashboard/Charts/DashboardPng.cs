using Edu.Reports.Charts;

namespace Edu.Dashboard.Charts;

/// <summary>
/// The dashboard's charts as PNG: drawn by the charts' one definitions (shared with the report), at the page's width,
/// encoded for speed since they are viewed on screen and cached, not archived.
/// </summary>
public static class DashboardPng
{
    /// <summary>The width of every chart image on the pages (their &lt;img&gt; tags say it too).</summary>
    public const int Width = 900;

    public static byte[] Of(ChartFigure figure)
    {
        using (figure)
        {
            return figure.Png(Width, PngEncoding.Fast);
        }
    }
}
