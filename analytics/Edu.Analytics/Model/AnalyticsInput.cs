namespace Edu.Analytics.Model;

/// <summary>Everything the analytics reads, as plain rows; any list may be empty.</summary>
public sealed record AnalyticsInput(
    IReadOnlyList<SchoolInfo> Schools,
    IReadOnlyList<WorkGroup> Works,
    IReadOnlyList<MarkShares> VprMarks,
    IReadOnlyList<EgeSchoolResult> Ege,
    IReadOnlyList<SchoolContext> Context,
    IReadOnlyList<CoverageRow> Coverage,
    IReadOnlyList<Target> Targets)
{
    public static AnalyticsInput Empty { get; } = new([], [], [], [], [], [], []);

    public long IndividualWorkCount => Works.Sum(g => (long)g.Count);
}
