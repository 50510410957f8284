using Edu.Analytics.Exports;
using Edu.Dashboard.Features.Analytics;

namespace Edu.Dashboard.Features.Resilience;

/// <summary>«./edu export resilient»: ШФНСУ schools, both resilience methods and stable resilience.</summary>
public sealed class ResilienceTable : SchoolYearTable<ResilientRow>
{
    protected override Export<ResilientRow> ReadModel { get; } = new ResilientExport();

    public override IReadOnlyList<string> MessageTopics { get; } = ["шфнсу", "резильент", "контекст", "модел"];
}
