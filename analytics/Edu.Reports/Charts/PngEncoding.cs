namespace Edu.Reports.Charts;

/// <summary>How a chart's PNG is compressed: the place that shows it knows whether size or time matters.</summary>
public enum PngEncoding
{
    /// <summary>ScottPlot's default, every filter at zlib level 6: the smallest files, for the report, which is kept.</summary>
    Compact,

    /// <summary>
    /// The Sub filter at zlib level 3: the default takes three quarters of a cold chart's time for files only a fifth
    /// smaller, and the dashboard's charts are viewed on screen and cached, not archived.
    /// </summary>
    Fast,
}
