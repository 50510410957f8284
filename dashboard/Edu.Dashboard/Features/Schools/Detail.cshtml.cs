using System.Globalization;
using Edu.Analytics;
using Edu.Analytics.Cards;
using Edu.Analytics.Charts;
using Edu.Dashboard.Access;
using Edu.Dashboard.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Features.Schools;

/// <summary>
/// «/school/{login}»: the school's statuses per year with their grounds (the analytics' card), a chart of its results
/// over the years, then its profile, participation, results and context; every view is audited.
/// </summary>
public sealed class DetailModel(DashboardDatabase database, AuditLog audit, IOptions<AnalyticsOptions> options, IOptions<ProjectOptions> projects) : PageModel
{
    public SchoolProfile School { get; private set; } = null!;

    /// <summary>Every year the analytics hold something about the school, latest first.</summary>
    public SchoolCard Card { get; private set; } = new("", []);

    /// <summary>The year whose statuses are shown: the one asked for (?year=), else the latest.</summary>
    public SchoolYear? Shown { get; private set; }

    public AnalyticsOptions Thresholds => options.Value;

    public IReadOnlyList<SchoolContextYear> Context { get; private set; } = [];

    public IReadOnlyList<Participation> Participation { get; private set; } = [];

    /// <summary>Results per procedure from the latest computation (procedure_results).</summary>
    public IReadOnlyList<ProcedureOutcome> Outcomes { get; private set; } = [];

    /// <summary>The latest year with ВПР or ОГЭ marks: the year of the marks chart; null hides it.</summary>
    public int? MarksYear { get; private set; }

    /// <summary>Participants per year and kind (ВПР, ОГЭ, ЕГЭ): the summary row above the details.</summary>
    public IReadOnlyList<(int Year, long Vpr, long Oge, long Ege)> PerYear { get; private set; } = [];

    public IActionResult OnGet(string login)
    {
        var scope = User.Scope();
        using var connection = database.Open();
        if (SchoolQueries.Profile(connection, scope, login) is not { } school)
            return SchoolQueries.Exists(connection, login) ? Forbid() : NotFound();
        School = school;
        Card = SchoolCard.Read(connection, scope.ReadScope, login, projects.Value);
        var asked = int.TryParse(Request.Query["year"], NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : (int?)null;
        Shown = Card.Years.FirstOrDefault(c => c.Year == asked) ?? Card.Years.FirstOrDefault();
        Context = SchoolQueries.Context(connection, scope, login);
        Participation = SchoolQueries.Participation(connection, scope, login);
        Outcomes = ProcedureOutcomes.Read(connection, scope.ReadScope, login: login);
        MarksYear = MarksDistribution.LatestYear(connection, scope.ReadScope, null, login);
        PerYear = Participation.GroupBy(p => p.Year).OrderByDescending(g => g.Key)
            .Select(g => (g.Key, Sum(g, "ВПР"), Sum(g, "ОГЭ"), Sum(g, "ЕГЭ"))).ToList();
        audit.Record(User.Login(), AuditLog.SchoolView, login);
        return Page();
    }

    private static long Sum(IEnumerable<Participation> rows, string kind) => rows.Where(p => p.Kind == kind).Sum(p => p.Participants ?? 0);
}
