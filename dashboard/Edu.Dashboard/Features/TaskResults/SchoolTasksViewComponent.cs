using Edu.Analytics;
using Edu.Dashboard.Access;
using Edu.Dashboard.Tables;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Features.TaskResults;

/// <summary>
/// The school card's «Выполнение заданий ВПР»: its tasks below the mastery rate or far behind the region. Self-contained
/// (one line on the card), read from the cached rows of «/tasks» in the user's scope.
/// </summary>
public sealed class SchoolTasksViewComponent(TableReader reader, IOptions<AnalyticsOptions> options) : ViewComponent
{
    public IViewComponentResult Invoke(string login)
    {
        var rows = reader.Rows(reader.Get<TaskResultsTable>(), reader.Version(), UserClaimsPrincipal.Scope()).Rows;
        return View(TaskDeficits.View, TaskDeficits.Of(rows.Where(r => TaskDeficits.Describes(r, login, null)), "&login=" + Uri.EscapeDataString(login), isSchool: true, options.Value));
    }
}
