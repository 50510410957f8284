using Edu.Dashboard.Access;
using Edu.Dashboard.Charts;
using Edu.Dashboard.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Edu.Dashboard.Features.Summary;

/// <summary>«/»: Сводка — what is loaded, for the region or the user's municipality.</summary>
public sealed class IndexModel(DataVersions versions, DataCache cache) : PageModel
{
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
    }
}
