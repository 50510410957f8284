using Edu.Analytics;
using Edu.Analytics.Charts;
using Edu.Analytics.Exports;
using Edu.Dashboard.Access;
using Edu.Dashboard.Data;
using Edu.Dashboard.Tables;
using Edu.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Features.Shnor;

/// <summary>
/// The municipality card's «Динамика ШНОР»: in the latest year with dynamics, its SHNOR_EXIT and the transitions of its
/// schools. Self-contained (one line on the card), from the cached rows of «/shnor/dynamics» in the municipality's scope.
/// </summary>
public sealed class MunicipalityShnorDynamicsViewComponent(TableReader reader, IOptions<AnalyticsOptions> options) : ViewComponent
{
    public IViewComponentResult Invoke(string municipality)
    {
        var scope = UserClaimsPrincipal.Scope();
        var version = reader.Version();
        // The latest year with dynamics among every row the user may see; the rows shown are the municipality's own, read in
        // its scope (the card checked the user covers it): the region's are more than the cache holds at country scale.
        var year = reader.Cache.Get(new DataCacheKey("shnor-dynamics:latest-year", "", version, scope),
            c => new Box<int>(c.Scalar<int?>("SELECT max(year) FROM shnor_dynamics WHERE $p0 IS NULL OR municipality = $p0", scope.SqlMunicipality) ?? 0)).Value;
        var rows = reader.Rows(reader.Get<ShnorDynamicsTable>(), version, UserScope.Of(municipality)).Rows;
        var exit = year == 0 ? null : reader.Cache.Get(new DataCacheKey("shnor-exit", $"{year}|{municipality}", version, scope),
            c => new Box<MunicipalityExit?>(ShnorExits.Query(c, scope.ReadScope, year, options.Value).SingleOrDefault(e => e.Municipality == municipality))).Value;
        return View("~/Features/Shnor/_MunicipalityDynamics.cshtml",
            new MunicipalityDynamics(municipality, year == 0 ? null : year, exit, rows.Where(r => r.Year == year && r.Municipality == municipality).ToList(), reader.PageSize));
    }
}

/// <summary>
/// A municipality's ШНОР dynamics in one year: its SHNOR_EXIT (null without a «ШНОР» school last year) and its schools'
/// transitions, of which the card shows the first <paramref name="Limit"/> (one table page) and links to the rest.
/// </summary>
public sealed record MunicipalityDynamics(string Municipality, int? Year, MunicipalityExit? Exit, IReadOnlyList<ShnorDynamicsRow> Schools, int Limit);
