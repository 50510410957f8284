using Edu.Analytics.Exports;
using Edu.Dashboard.Access;
using Edu.Dashboard.Tables;
using Microsoft.AspNetCore.Mvc;

namespace Edu.Dashboard.Features.Decisions;

/// <summary>
/// The school card's «Участие в проектах»: the rows of the rosters table the reader may see for one school. Kept apart
/// from the card's own page model, so the card gains one line. The reader's scope goes into the query as on every page.
/// </summary>
public sealed class SchoolProjectsViewComponent(TableReader reader) : ViewComponent
{
    public IViewComponentResult Invoke(string login)
    {
        var table = reader.Get<RostersTable>();
        var rows = reader.Rows(table, reader.Version(), UserClaimsPrincipal.Scope()).Rows;
        IReadOnlyList<RosterRow> own = [.. rows.Where(r => r.Login == login).OrderByDescending(r => r.Year).ThenBy(r => r.Project, StringComparer.Ordinal)];
        return View("~/Features/Decisions/_SchoolProjects.cshtml", own);
    }
}
