using Edu.Dashboard.Access;
using Edu.Dashboard.Charts;
using Edu.Dashboard.Features.Schools;
using Edu.Dashboard.Tables;
using Edu.Reference;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Edu.Dashboard.Features.Municipalities;

/// <summary>«/municipality/{name}»: one municipality and its schools; any usual spelling of the name is accepted.</summary>
public sealed class DetailModel(TableReader reader, MunicipalityDirectory municipalities) : PageModel
{
    public Municipality Municipality { get; private set; } = null!;

    public TableView Schools { get; private set; } = null!;

    public int SchoolCount { get; private set; }

    public long Rural { get; private set; }

    public long Pupils { get; private set; }

    /// <summary>The latest year with ВПР or ОГЭ marks in the municipality: the year of the marks chart; null hides it.</summary>
    public int? MarksYear { get; private set; }

    public IActionResult OnGet(string name)
    {
        if (municipalities.Find(name) is not { } municipality) return NotFound();
        var scope = User.Scope();
        if (!scope.Covers(municipality.Name)) return Forbid();
        Municipality = municipality;
        var source = reader.Get<SchoolsTable>();
        var version = reader.Version();
        var rows = reader.Rows(source, version, scope);
        MarksYear = ChartYears.Marks(reader.Cache, version, scope, municipality.Name, null);
        var request = TableRequest.From(Request.Query, source.FilterKeys).With(TableFilters.MunicipalityKey, municipality.Name);
        Schools = reader.View(source, rows, request, DrillDown.Municipality(municipality.Name), new HashSet<string> { TableFilters.MunicipalityKey });
        var mine = rows.Rows.Where(r => r.Municipality == municipality.Name).ToList();
        SchoolCount = mine.Count;
        Rural = mine.Count(r => r.IsRural == true);
        Pupils = mine.Sum(r => (long)(r.Enrolment ?? 0));
        return Page();
    }
}
