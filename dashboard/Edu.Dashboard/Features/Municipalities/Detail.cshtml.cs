using System.Globalization;
using Edu.Analytics;
using Edu.Analytics.Cards;
using Edu.Dashboard.Access;
using Edu.Dashboard.Charts;
using Edu.Dashboard.Data;
using Edu.Dashboard.Features.Schools;
using Edu.Dashboard.Tables;
using Edu.Reference;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Features.Municipalities;

/// <summary>
/// «/municipality/{name}»: one municipality at a glance — target statuses, the lists of the year with their schools,
/// objectivity, mentoring across its border, the region's figures beside its own — then its schools with their statuses. Any usual spelling of the name is accepted; «?year=» picks the assessment year, «?asof=» the date
/// of the target statuses.
/// </summary>
public sealed class DetailModel(TableReader reader, MunicipalityDirectory municipalities, IOptions<AnalyticsOptions> options, IOptions<ProjectOptions> projects,
    RegionClock clock) : PageModel
{
    public Municipality Municipality { get; private set; } = null!;

    public MunicipalityCard Card { get; private set; } = null!;

    /// <summary>The municipality's schools of the year with their statuses: sortable, downloadable.</summary>
    public TableView Statuses { get; private set; } = null!;

    public int SchoolCount { get; private set; }

    public long Rural { get; private set; }

    public long Pupils { get; private set; }

    /// <summary>The latest year with ВПР or ОГЭ marks in the municipality: the year of the marks chart; null hides it.</summary>
    public int? MarksYear { get; private set; }

    public bool SeesRegion => User.Scope().IsRegion;

    /// <summary>Schools shown per list and dynamics table: one table page; longer lists link to their full page.</summary>
    public int ListLimit => reader.PageSize;

    public IActionResult OnGet(string name)
    {
        if (municipalities.Find(name) is not { } municipality) return NotFound();
        var scope = User.Scope();
        if (!scope.Covers(municipality.Name)) return Forbid();
        Municipality = municipality;
        var version = reader.Version();
        int? year = int.TryParse(Request.Query[TableFilters.YearKey], NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
        var asOf = Features.Indicators.IndicatorsTable.ParseAsOf(Request.Query[Features.Indicators.IndicatorsTable.AsOfKey]) ?? clock.Today;
        Card = reader.Cache.Get(new DataCacheKey("municipality-card", $"{municipality.Name}|{year}|{asOf:yyyy-MM-dd}", version, scope),
            c => MunicipalityCard.Read(c, scope.ReadScope, municipality.Name, year, asOf, options.Value, projects.Value), card => card.Targets.Count + card.Shnor.Count + 10);

        // The page shows one municipality: its rows are read in that municipality's scope (a few thousand at country scale,
        // cached per municipality) rather than filtered out of the region's, which are larger than the cache holds.
        var place = UserScope.Of(municipality.Name);
        var fixedMunicipality = new HashSet<string> { TableFilters.MunicipalityKey };
        var path = DrillDown.Municipality(municipality.Name);
        var statuses = reader.Get<SchoolStatusesTable>();
        var request = TableRequest.From(Request.Query, statuses.FilterKeys).With(TableFilters.MunicipalityKey, municipality.Name);
        if (Card.Year is { } shown && !request.Filters.ContainsKey(TableFilters.YearKey)) request = request.With(TableFilters.YearKey, shown.ToString(CultureInfo.InvariantCulture));
        Statuses = reader.View(statuses, reader.Rows(statuses, version, place), request, path, fixedMunicipality);

        var source = reader.Get<SchoolsTable>();
        var rows = reader.Rows(source, version, place);
        MarksYear = ChartYears.Marks(reader.Cache, version, scope, municipality.Name, null);
        var mine = rows.Rows.Where(r => r.Municipality == municipality.Name).ToList();
        SchoolCount = mine.Count;
        Rural = mine.Count(r => r.IsRural == true);
        Pupils = mine.Sum(r => (long)(r.Enrolment ?? 0));
        return Page();
    }
}
