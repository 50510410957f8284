using Edu.Analytics.Cards;
using Edu.Analytics.Exports;
using Edu.Dashboard.Access;
using Edu.Dashboard.Data;
using Edu.Dashboard.Tables;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Edu.Dashboard.Features.Search;

/// <summary>«/search?q=…»: schools of the user's scope by name, login or Код ОО; a single match opens its page.</summary>
public sealed class IndexModel(DashboardDatabase database) : PageModel
{
    public string Query { get; private set; } = "";

    public IReadOnlyList<SchoolRow> Schools { get; private set; } = [];

    public bool TooMany => Schools.Count > SchoolSearch.Limit;

    public IActionResult OnGet(string? q)
    {
        Query = (q ?? "").Trim();
        if (SchoolSearch.Words(Query).Count == 0) return Page();
        using (var connection = database.Open()) Schools = SchoolSearch.Find(connection, User.Scope().ReadScope, Query);
        return Schools.Count == 1 ? Redirect(DrillDown.School(Schools[0].Login)) : Page();
    }
}
