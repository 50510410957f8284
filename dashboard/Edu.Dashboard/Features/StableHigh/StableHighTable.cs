using Edu.Analytics.Exports;
using Edu.Dashboard.Features.Analytics;

namespace Edu.Dashboard.Features.StableHigh;

/// <summary>«./edu export stable-high»: rank by the mean result index and the selection for the regional project.</summary>
public sealed class StableHighTable : SchoolYearTable<StableHighRow>
{
    protected override Export<StableHighRow> ReadModel { get; } = new StableHighExport();

    public override IReadOnlyList<string> MessageTopics { get; } = ["стабильно высок", "необъектив"];
}
