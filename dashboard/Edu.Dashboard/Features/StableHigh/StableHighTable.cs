using Edu.Analytics;
using Edu.Analytics.Exports;
using Edu.Dashboard.Features.Analytics;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Features.StableHigh;

/// <summary>«./edu export stable-high»: rank by the mean result index, the selection for the regional project, and who is in its roster.</summary>
public sealed class StableHighTable(IOptions<ProjectOptions> projects) : SchoolYearTable<StableHighRow>
{
    protected override Export<StableHighRow> ReadModel { get; } = new StableHighExport(projects.Value);

    public override IReadOnlyList<string> MessageTopics { get; } = ["стабильно высок", "необъектив"];
}
