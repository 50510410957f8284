using Edu.Analytics;
using Edu.Dashboard.Access;
using Edu.Dashboard.Tables;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Features.TaskResults;

/// <summary>
/// The cards' «Выполнение заданий ВПР»: a school's tasks below the mastery rate or far behind the region, or a
/// municipality's tasks below the rate (all its works). Self-contained — one line on a card — and read from the cached
/// rows of «/tasks» in the user's scope.
/// </summary>
public sealed class TaskDeficitsViewComponent(TableReader reader, IOptions<AnalyticsOptions> options) : ViewComponent
{
    /// <summary>A school's section when <paramref name="login"/> is given, else the municipality's.</summary>
    public IViewComponentResult Invoke(string? login = null, string? municipality = null)
    {
        var rows = reader.Rows(reader.Get<TaskResultsTable>(), reader.Version(), UserClaimsPrincipal.Scope()).Rows;
        var place = login is not null ? "&login=" + Uri.EscapeDataString(login) : "&municipality=" + Uri.EscapeDataString(municipality ?? "");
        return View(TaskDeficits.View, TaskDeficits.Of(rows.Where(r => TaskDeficits.Describes(r, login, municipality)), place, login is not null, options.Value));
    }
}
