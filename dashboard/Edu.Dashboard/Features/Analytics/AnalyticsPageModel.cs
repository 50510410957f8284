using Edu.Dashboard.Data;
using Edu.Dashboard.Tables;

namespace Edu.Dashboard.Features.Analytics;

/// <summary>A table page over analytics results, which also says which computation the rows come from.</summary>
public abstract class AnalyticsPageModel<TTable>(TableReader reader) : TablePageModel<TTable>(reader)
    where TTable : DashboardTable, IAnalyticsTable
{
    public ComputationInfo Computation { get; private set; } = ComputationInfo.None;

    protected override void Extra()
    {
        Computation = Reader.Cache.Get(new DataCacheKey("computation", Source.Name, Version, Scope),
            c => ComputationInfo.Latest(c, Source.MessageTopics));
        ExtraAnalytics();
    }

    /// <summary>Anything else an analytics page reads (charts' parameters, side tables).</summary>
    protected virtual void ExtraAnalytics()
    {
    }
}
