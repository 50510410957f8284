using Edu.Analytics.Charts;
using Edu.Reports.Charts;

namespace Edu.Dashboard.Charts;

/// <summary>
/// Renders one small scatter in the background at start: the first ScottPlot render loads SkiaSharp, the font and the
/// PNG encoder and JIT-compiles the plotting code (a few hundred milliseconds), which the first user's chart would pay.
/// </summary>
public sealed class ChartWarmUp(ILogger<ChartWarmUp> log) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        try
        {
            DashboardPng.Of(ContextScatterChart.Draw(ContextScatter.Of(2000,
                [new ScatterSchool("warm-up", 0, 0, false, false, null), new ScatterSchool("warm-up-2", 1, 1, true, true, null)])));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Only a head start: a failure here shows again, and is reported, when a real chart is asked for.
            log.LogWarning(e, "Chart warm-up failed");
        }
    }, stoppingToken);
}
