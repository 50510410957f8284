using System.Globalization;
using DuckDB.NET.Data;
using Edu.Dashboard.Charts;
using Edu.Dashboard.Data;
using Edu.Dashboard.Features.Analytics;
using Edu.Dashboard.Setup;
using Edu.Dashboard.Tables;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Features.Resilience;

public sealed class IndexModel(DashboardDatabase database, TableRegistry tables, IOptions<DashboardOptions> options)
    : AnalyticsPageModel<ResilienceTable>(database, tables, options)
{
    /// <summary>The year of the scatter: the filter's, else the latest computed; null when nothing is computed.</summary>
    public int? ChartYear { get; private set; }

    public string? ChartUrl => ChartYear is { } y ? ResilienceChartEndpoint.Url(y, Filter("municipality"), Filter("district")) : null;

    protected override void ExtraAnalytics(DuckDBConnection connection) =>
        ChartYear = int.TryParse(Filter("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : ResilienceChart.LatestYear(connection, Scope);
}
