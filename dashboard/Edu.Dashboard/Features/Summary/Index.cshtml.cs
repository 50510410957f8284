using Edu.Dashboard.Access;
using Edu.Dashboard.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Edu.Dashboard.Features.Summary;

/// <summary>«/»: Сводка — what is loaded, for the region or the user's municipality.</summary>
public sealed class IndexModel(DashboardDatabase database) : PageModel
{
    public SummaryFigures Figures { get; private set; } = null!;

    public IReadOnlyList<LoadedYears> Years { get; private set; } = [];

    public LoadCounts Loads { get; private set; } = null!;

    public IReadOnlyList<RecentLoad> Recent { get; private set; } = [];

    public UserScope Scope { get; private set; } = UserScope.Nothing;

    public void OnGet()
    {
        Scope = User.Scope();
        using var connection = database.Open();
        Figures = SummaryQueries.Figures(connection, Scope);
        Years = SummaryQueries.Years(connection, Scope);
        Loads = SummaryQueries.Loads(connection, Scope);
        Recent = SummaryQueries.RecentLoads(connection, Scope, 10);
    }
}
