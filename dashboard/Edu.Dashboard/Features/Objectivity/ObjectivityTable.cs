using Edu.Analytics.Exports;
using Edu.Dashboard.Features.Analytics;

namespace Edu.Dashboard.Features.Objectivity;

/// <summary>«./edu export objectivity»: the three objectivity checks per school and procedure.</summary>
public sealed class ObjectivityTable : SchoolYearTable<ObjectivityRow>
{
    protected override Export<ObjectivityRow> ReadModel { get; } = new ObjectivityExport();

    public override IReadOnlyList<string> MessageTopics { get; } = ["необъектив", "индивидуальн"];
}
