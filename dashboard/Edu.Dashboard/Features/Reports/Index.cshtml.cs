using Edu.Dashboard.Access;
using Edu.Dashboard.Data;
using Edu.Reference;
using Edu.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Edu.Dashboard.Features.Reports;

/// <summary>
/// «/reports»: the generated monthly reports the user may see, with their files, and «Сформировать сейчас».
/// Analysts and administrators build the region's report; a municipal user builds and sees only its municipality's.
/// The report is built in the background (<see cref="ReportBuilds"/>): the page shows its progress and refreshes itself
/// until it is done, and stays usable meanwhile.
/// </summary>
[Authorize]
public sealed class IndexModel(ReportStore store, ReportBuilds builds, AuditLog audit, RegionClock clock) : PageModel
{
    public IReadOnlyList<StoredReport> Reports { get; private set; } = [];

    /// <summary>The builds of this user's scope: running ones with their progress, finished ones with their outcome.</summary>
    public IReadOnlyList<ReportBuild> Builds { get; private set; } = [];

    /// <summary>Whether the page should refresh itself to follow a running build.</summary>
    public bool Following => Builds.Any(b => !b.IsFinished);

    [BindProperty]
    public string? Month { get; set; }

    public string? Notice { get; private set; }

    /// <summary>What «Сформировать сейчас» builds for this user.</summary>
    public string ScopeName => User.Scope().Municipality ?? "весь регион";

    public void OnGet()
    {
        Month = ReportSchedule.MonthBefore(clock).ToString();
        Reports = store.List(User.Scope());
        Builds = builds.Visible(User.Scope());
    }

    public IActionResult OnPost()
    {
        var scope = User.Scope();
        if (scope == UserScope.Nothing) return Forbid();
        if (!ReportMonth.TryParse(Month, out var month))
            ModelState.AddModelError(nameof(Month), "Укажите месяц в виде ГГГГ-ММ, например 2025-10.");
        else if (month.FirstDay > clock.Today)
            ModelState.AddModelError(nameof(Month), "Отчёт за будущий месяц сформировать нельзя.");
        else
        {
            var build = builds.Start(month, scope.Municipality, $"{User.DisplayName()} ({User.Login()})");
            audit.Record(User.Login(), ReportsAudit.Generate, build.Id, $"месяц {build.Month}; {build.ScopeName}");
            Notice = $"Отчёт за {month.RussianName} ({build.ScopeName}) формируется — страница обновится сама, когда он будет готов.";
        }
        Reports = store.List(scope);
        Builds = builds.Visible(scope);
        return Page();
    }
}
