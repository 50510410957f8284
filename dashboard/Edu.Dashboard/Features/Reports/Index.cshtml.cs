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
/// The report is built synchronously within the request (a few seconds), so the user gets the files at once.
/// </summary>
[Authorize]
public sealed class IndexModel(ReportStore store, AuditLog audit, RegionClock clock) : PageModel
{
    public IReadOnlyList<StoredReport> Reports { get; private set; } = [];

    [BindProperty]
    public string? Month { get; set; }

    public string? Notice { get; private set; }

    /// <summary>What «Сформировать сейчас» builds for this user.</summary>
    public string ScopeName => User.Scope().Municipality ?? "весь регион";

    public void OnGet()
    {
        Month = ReportSchedule.MonthBefore(clock).ToString();
        Reports = store.List(User.Scope());
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
            var report = store.Generate(month, scope.Municipality);
            audit.Record(User.Login(), ReportsAudit.Generate, report.Id, $"месяц {report.Month}; {report.ScopeName}");
            Notice = $"Отчёт за {month.RussianName} ({report.ScopeName}) сформирован.";
        }
        Reports = store.List(scope);
        return Page();
    }
}
