using Edu.Analytics;
using Edu.Analytics.Exports;
using Edu.Analytics.Model;
using Edu.Dashboard.Data;
using Edu.Dashboard.Access;
using Edu.Dashboard.Tables;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Features.TaskResults;

/// <summary>
/// The cards' «Выполнение заданий ВПР»: a school's tasks below the mastery rate or far behind the region, or a
/// municipality's tasks below the rate (all its works). Self-contained — one line on a card — and read from the cached
/// own rows in the user's scope.
/// </summary>
public sealed class TaskDeficitsViewComponent(TableReader reader, IOptions<AnalyticsOptions> options) : ViewComponent
{
    private static readonly TaskResultsExport Export = new();

    /// <summary>A school's section when <paramref name="login"/> is given, else the municipality's.</summary>
    public IViewComponentResult Invoke(string? login = null, string? municipality = null)
    {
        var scope = UserClaimsPrincipal.Scope();
        // The place's own rows only, read in DuckDB: the region's task results are millions of rows at country scale.
        var rows = reader.Cache.Get(new DataCacheKey("task-results:place", $"{login}|{municipality}", reader.Version(), scope), c => login is not null
            ? Export.Rows(c, new ExportFilter(null, scope.SqlMunicipality, login), [])
            : Export.Rows(c, new ExportFilter(null, scope.SqlMunicipality),
                [new ColumnEquals("level", Labels.TaskLevels.Text(TaskLevel.Municipality)), new ColumnEquals("municipality", municipality)]), r => r.Count);
        var place = login is not null ? "&login=" + Uri.EscapeDataString(login) : "&municipality=" + Uri.EscapeDataString(municipality ?? "");
        return View(TaskDeficits.View, TaskDeficits.Of(rows.Where(r => TaskDeficits.Describes(r, login, municipality)), place, login is not null, options.Value));
    }
}
