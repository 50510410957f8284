using Edu.Analytics;
using Edu.Dashboard.Access;
using Edu.Dashboard.Tables;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Features.TaskResults;

/// <summary>The municipality card's «Выполнение заданий ВПР»: the municipality's tasks below the mastery rate (all its works).</summary>
public sealed class MunicipalityTasksViewComponent(TableReader reader, IOptions<AnalyticsOptions> options) : ViewComponent
{
    public IViewComponentResult Invoke(string municipality)
    {
        var rows = reader.Rows(reader.Get<TaskResultsTable>(), reader.Version(), UserClaimsPrincipal.Scope()).Rows;
        return View(TaskDeficits.View, TaskDeficits.Of(rows.Where(r => TaskDeficits.Describes(r, null, municipality)),
            "&municipality=" + Uri.EscapeDataString(municipality), isSchool: false, options.Value));
    }
}
