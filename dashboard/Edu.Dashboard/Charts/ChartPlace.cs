using Edu.Analytics.Model;
using Edu.Dashboard.Access;
using Edu.Dashboard.Data;
using Edu.Dashboard.Features.Schools;
using Edu.Dashboard.Tables;
using Edu.Reference;

namespace Edu.Dashboard.Charts;

/// <summary>Whether the place a chart or page is asked about may be shown to the user.</summary>
public enum PlaceAccess
{
    Allowed,
    Forbidden,
    NotFound,
}

/// <summary>
/// The place a chart is drawn for: a school (<see cref="Login"/>), else a municipality, else the user's scope. Resolved
/// once for the charts and the pages that show them: any usual spelling of a municipality, a school by its registry
/// profile, and either one outside the user's scope refused (403), an unknown one 404.
/// </summary>
public sealed record ChartPlace(string? Municipality, string? Login, string Name)
{
    public static (PlaceAccess Access, ChartPlace Place) Resolve(
        TableReader reader, MunicipalityDirectory municipalities, UserScope scope, DataVersion version, string? municipality, string? login)
    {
        string? m = null;
        if (!string.IsNullOrEmpty(municipality))
        {
            if (municipalities.Find(municipality) is not { } found) return (PlaceAccess.NotFound, None);
            if (!scope.Covers(found.Name)) return (PlaceAccess.Forbidden, None);
            m = found.Name;
        }

        var place = new ChartPlace(m, null, m ?? scope.Municipality ?? Labels.Region);
        if (string.IsNullOrEmpty(login)) return (PlaceAccess.Allowed, place);
        var (profile, access) = SchoolQueries.Find(reader, version, scope, login);
        return profile is null ? (access, None) : (PlaceAccess.Allowed, place with { Login = profile.Login, Name = profile.Name });
    }

    private static ChartPlace None { get; } = new(null, null, "");

    /// <summary>The refusal of a chart endpoint for a place it may not draw; null when allowed.</summary>
    public static IResult? Refusal(PlaceAccess access) => access switch
    {
        PlaceAccess.Forbidden => Results.Forbid(),
        PlaceAccess.NotFound => Results.NotFound(),
        _ => null,
    };
}
