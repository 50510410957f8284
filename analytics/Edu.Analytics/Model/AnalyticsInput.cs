namespace Edu.Analytics.Model;

/// <summary>Everything the analytics reads, as plain rows; any list may be empty.</summary>
public sealed record AnalyticsInput(
    IReadOnlyList<SchoolInfo> Schools,
    IReadOnlyList<IndividualWork> IndividualWorks,
    IReadOnlyList<MarkShares> VprMarks,
    IReadOnlyList<EgeSchoolResult> Ege,
    IReadOnlyList<SchoolContext> Context,
    IReadOnlyList<CoverageRow> Coverage,
    IReadOnlyList<Target> Targets)
{
    public static AnalyticsInput Empty { get; } = new([], [], [], [], [], [], []);
}
