using Edu.Analytics.Model;
using ScottPlot;

namespace Edu.Reports.Charts;

/// <summary>The colour of each target status on charts, in the order a legend lists them.</summary>
public static class AttainmentColours
{
    public static IReadOnlyList<AttainmentStatus> Legend { get; } =
        [AttainmentStatus.Achieved, AttainmentStatus.OnTrack, AttainmentStatus.AtRisk, AttainmentStatus.NotAchieved, AttainmentStatus.NoData];

    public static Color Of(AttainmentStatus status) => status switch
    {
        AttainmentStatus.Achieved => ChartStyle.Green,
        AttainmentStatus.OnTrack => ChartStyle.Blue,
        AttainmentStatus.AtRisk => ChartStyle.Orange,
        AttainmentStatus.NotAchieved => ChartStyle.Vermillion,
        AttainmentStatus.NoData => ChartStyle.Grey,
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
