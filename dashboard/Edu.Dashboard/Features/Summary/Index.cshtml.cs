using Edu.Analytics;
using Edu.Analytics.Cards;
using Edu.Dashboard.Access;
using Edu.Dashboard.Charts;
using Edu.Dashboard.Data;
using Edu.Reference;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Features.Summary;

/// <summary>
/// «/»: Сводка — the analytics of the latest year and the targets as of today (<see cref="Overview"/>), for the region
/// or the user's municipality; then what is loaded.
/// </summary>
public sealed class IndexModel(DataVersions versions, DataCache cache, RegionClock clock, IOptions<AnalyticsOptions> options) : PageModel
{
    public Overview Overview { get; private set; } = null!;

    public SummaryFigures Figures => Data.Figures;

    public IReadOnlyList<LoadedYears> Years => Data.Years;

    public LoadCounts Loads => Data.Loads;

    public IReadOnlyList<RecentLoad> Recent => Data.Recent;

    public UserScope Scope { get; private set; } = UserScope.Nothing;

    /// <summary>The latest year with ВПР or ОГЭ marks in the scope: the year of the marks chart; null hides it.</summary>
    public int? MarksYear { get; private set; }

    private SummaryData Data { get; set; } = null!;

    public void OnGet()
    {
        Scope = User.Scope();
        // The years query scans every result table: read once per data version and scope.
        var version = versions.Current();
        Data = cache.Get(new DataCacheKey("summary", "", version, Scope), c => SummaryQueries.All(c, Scope, 10));
        MarksYear = ChartYears.Marks(cache, version, Scope, null, null);
        var today = clock.Today;
        Overview = cache.Get(new DataCacheKey("overview", today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), version, Scope),
            c => Overview.Read(c, Scope.ReadScope, today, options.Value));
    }
}
