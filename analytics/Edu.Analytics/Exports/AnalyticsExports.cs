namespace Edu.Analytics.Exports;

/// <summary>
/// Every SPEC §5 table by its name, for the CLI, the dashboard and the monthly report. Filters are applied in
/// the queries, so a municipal user's scope cannot be bypassed by a caller. Target statuses depend on a date,
/// and so do decision statuses, so the set is made for one as-of date.
/// </summary>
public sealed class AnalyticsExports(DateOnly asOf, AnalyticsOptions options, ProjectOptions projects)
{
    public SchoolsExport Schools { get; } = new();

    public LoadsExport Loads { get; } = new();

    public IndicatorsExport Indicators { get; } = new(asOf, options);

    public ShnorExport Shnor { get; } = new();

    public ContextExport Context { get; } = new();

    public ResilientExport Resilient { get; } = new();

    public StableHighExport StableHigh { get; } = new(projects);

    public ObjectivityExport Objectivity { get; } = new();

    public MentorsExport Mentors { get; } = new();

    public DecisionsExport Decisions { get; } = new(asOf, options);

    public RostersExport Rosters { get; } = new();

    public TaskResultsExport TaskResults { get; } = new();

    public ShnorDynamicsExport ShnorDynamics { get; } = new();

    public SchoolStatusesExport SchoolStatuses { get; } = new();

    public SelfDiagnosticsExport SelfDiagnostics { get; } = new(asOf, projects);

    public SdDeficitsExport SdDeficits { get; } = new(asOf);

    /// <summary>In the order the SPEC lists them; then the tables this product adds.</summary>
    public IReadOnlyList<IExport> All => [Schools, Loads, Indicators, Shnor, Context, Resilient, StableHigh, Objectivity, Mentors, Decisions, Rosters, SelfDiagnostics, SdDeficits, TaskResults, ShnorDynamics, SchoolStatuses];

    public IExport? Find(string name) => All.FirstOrDefault(e => e.Name == name);
}
