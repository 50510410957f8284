using Edu.Analytics.Exports;
using Edu.Dashboard.Features.Analytics;

namespace Edu.Dashboard.Features.Municipalities;

/// <summary>«./edu export school-statuses»: each school of a year with all its statuses, the table of a municipality's page.</summary>
public sealed class SchoolStatusesTable : SchoolYearTable<SchoolStatusRow>
{
    protected override Export<SchoolStatusRow> ReadModel { get; } = new SchoolStatusesExport();

    public override IReadOnlyList<string> MessageTopics { get; } = [];
}
