using Edu.Analytics.Cards;
using Edu.Dashboard.Access;
using Edu.Dashboard.Tables;
using Microsoft.AspNetCore.Mvc;

namespace Edu.Dashboard.Features.SelfDiagnostics;

/// <summary>
/// The school card's «Самодиагностика»: its rounds, the latest round's points per direction against the region's median,
/// its deficit criteria. Self-contained (one line on the card), read in the user's scope as of today.
/// </summary>
public sealed class SchoolSelfDiagnosticsViewComponent(TableReader reader) : ViewComponent
{
    public IViewComponentResult Invoke(string login)
    {
        var scope = UserClaimsPrincipal.Scope();
        var today = reader.Clock.Today;
        var section = reader.Cache.Get(new Data.DataCacheKey("school-self-diagnostics", $"{login}|{today:yyyy-MM-dd}", reader.Version(), scope),
            c => SchoolSelfDiagnostics.Read(c, scope.ReadScope, login, today));
        return View("~/Features/SelfDiagnostics/_SchoolSelfDiagnostics.cshtml", section);
    }
}
