using Edu.Reference;

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
    // Before Empty: static initializers run in the order written.
    private static readonly IReadOnlyList<string> ConfiguredMunicipalities = [.. MunicipalityDirectory.LoadDefault().All.Select(m => m.Name)];

    public static AnalyticsInput Empty { get; } = new([], [], [], [], [], [], []);

    /// <summary>Values of indicators the product does not compute, as loaded (SPEC §11).</summary>
    public IReadOnlyList<ReportedValue> Reported { get; init; } = [];

    /// <summary>The configured municipalities: a region value summed from municipalities needs every one of them.</summary>
    public IReadOnlyList<string> Municipalities { get; init; } = ConfiguredMunicipalities;

    /// <summary>ВПР task scores summed per school-procedure-year (SPEC §13); empty without individual results.</summary>
    public IReadOnlyList<TaskScoreSums> TaskSums { get; init; } = [];

    /// <summary>The tasks of every ВПР procedure-year with individual results, with their codifier texts.</summary>
    public IReadOnlyList<ProcedureTask> Tasks { get; init; } = [];

    /// <summary>The self-diagnostics rounds of every school (SPEC §12): SD_BASIC is computed from them.</summary>
    public IReadOnlyList<SdRound> SdRounds { get; init; } = [];

    public long IndividualWorkCount => Works.Sum(g => (long)g.Count);
}
