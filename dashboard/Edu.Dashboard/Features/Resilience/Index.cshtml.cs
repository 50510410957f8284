using System.Globalization;
using Edu.Dashboard.Charts;
using Edu.Dashboard.Features.Analytics;
using Edu.Dashboard.Tables;

namespace Edu.Dashboard.Features.Resilience;

public sealed class IndexModel(TableReader reader) : AnalyticsPageModel<ResilienceTable>(reader)
{
    /// <summary>The year of the scatter: the filter's, else the latest computed; null when nothing is computed.</summary>
    public int? ChartYear { get; private set; }

    public string? ChartUrl => ChartYear is { } y ? ResilienceChartEndpoint.Url(y, Filter("municipality"), Filter("district")) : null;

    protected override void ExtraAnalytics() =>
        ChartYear = int.TryParse(Filter("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            ? y
            : ChartYears.Resilience(Reader.Cache, Version, Scope);
}
