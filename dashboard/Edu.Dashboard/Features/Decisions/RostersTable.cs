using Edu.Analytics.Exports;
using Edu.Dashboard.Features.Analytics;
using Edu.Dashboard.Tables;

namespace Edu.Dashboard.Features.Decisions;

/// <summary>«./edu export rosters»: the schools actually in the committee's projects, by project, year and municipality.</summary>
public sealed class RostersTable : AnalyticsTable<RosterRow>
{
    public const string ProjectKey = "project";

    protected override Export<RosterRow> ReadModel { get; } = new RostersExport();

    public override IReadOnlyList<TableFilter<RosterRow>> Filters { get; } =
    [
        new(ProjectKey, "Проект", r => r.Project),
        TableFilters.Year<RosterRow>(),
        TableFilters.Municipality<RosterRow>(),
        TableFilters.District<RosterRow>(),
    ];

    public override IReadOnlyList<string> MessageTopics { get; } = [];
}
