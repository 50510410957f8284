using Edu.Analytics.Charts;
using Edu.Dashboard.Access;
using Edu.Dashboard.Tables;
using Microsoft.AspNetCore.Mvc;

namespace Edu.Dashboard.Features.SelfDiagnostics;

/// <summary>
/// The municipality card's «Самодиагностика»: how many of its schools stand at each level by their latest round as of
/// today, and a link to its schools below the basic level. Self-contained, from the cached rows of the self-diagnostics
/// table in the user's scope.
/// </summary>
public sealed class MunicipalitySelfDiagnosticsViewComponent(TableReader reader) : ViewComponent
{
    public IViewComponentResult Invoke(string municipality)
    {
        var rows = reader.Rows(reader.Get<SelfDiagnosticsTable>(), reader.Version(), UserClaimsPrincipal.Scope()).Rows
            .Where(r => r.Municipality == municipality);
        return View("~/Features/SelfDiagnostics/_MunicipalitySelfDiagnostics.cshtml",
            new MunicipalityLevels(municipality, SdLevelCounts.Of(rows, withRegion: false).SingleOrDefault()));
    }
}

/// <summary>A municipality's schools by self-diagnostics level; null counts when none of its schools has a round.</summary>
public sealed record MunicipalityLevels(string Municipality, SdLevelCount? Counts);
