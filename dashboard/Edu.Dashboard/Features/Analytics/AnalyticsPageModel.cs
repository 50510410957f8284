using DuckDB.NET.Data;
using Edu.Dashboard.Data;
using Edu.Dashboard.Setup;
using Edu.Dashboard.Tables;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Features.Analytics;

/// <summary>A table page over analytics results, which also says which computation the rows come from.</summary>
public abstract class AnalyticsPageModel<TTable>(DashboardDatabase database, TableRegistry tables, IOptions<DashboardOptions> options)
    : TablePageModel<TTable>(database, tables, options)
    where TTable : AnalyticsTable
{
    public ComputationInfo Computation { get; private set; } = ComputationInfo.None;

    protected override void Extra(DuckDBConnection connection)
    {
        Computation = ComputationInfo.Latest(connection, Source.MessageTopics);
        ExtraAnalytics(connection);
    }

    /// <summary>Anything else an analytics page reads from the same connection (charts' parameters, side tables).</summary>
    protected virtual void ExtraAnalytics(DuckDBConnection connection)
    {
    }
}
