using Edu.Analytics.Exports;
using Edu.Dashboard.Features.Analytics;

namespace Edu.Dashboard.Features.Objectivity;

/// <summary>
/// «./edu export objectivity»: the three objectivity checks per school and procedure. A row per school × procedure × year
/// (228,000 at country scale) is more than the cache holds, so the page reads the rows of its filters (one year by default).
/// </summary>
public sealed class ObjectivityTable : SchoolYearTable<ObjectivityRow>
{
    protected override Export<ObjectivityRow> ReadModel { get; } = new ObjectivityExport();

    public override bool FiltersInQuery => true;

    public override IReadOnlyList<string> MessageTopics { get; } = ["необъектив", "индивидуальн"];
}
