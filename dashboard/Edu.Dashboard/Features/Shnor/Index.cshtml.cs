using Edu.Dashboard.Features.Analytics;
using Edu.Dashboard.Tables;

namespace Edu.Dashboard.Features.Shnor;

public sealed class IndexModel(TableReader reader) : AnalyticsPageModel<ShnorTable>(reader)
{
    public DynamicsSection Dynamics { get; private set; } = null!;

    // The year and municipality chosen for the list choose the dynamics shown below it.
    protected override void ExtraAnalytics() =>
        Dynamics = DynamicsSection.ForShnorPage(Reader, Scope, Version, Filter(TableFilters.YearKey), Filter(TableFilters.MunicipalityKey));
}
