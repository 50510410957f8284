using System.Security.Claims;
using Edu.Analytics.Charts;

namespace Edu.Dashboard.Access;

/// <summary>
/// What part of the region a user may see: the whole region, or one municipality. Every query function of
/// the data layer takes a scope and filters in SQL, so a municipal user's pages, charts and exports cannot
/// hold another municipality's schools however the URL is written.
/// </summary>
public sealed class UserScope
{
    // Matches no municipality: the scope of a principal whose role or municipality cannot be trusted.
    private const string NoMunicipality = "\u0000нет доступа";

    private UserScope(string? municipality) => Municipality = municipality;

    public static UserScope Region { get; } = new(null);

    public static UserScope Nothing { get; } = new(NoMunicipality);

    public static UserScope Of(string municipality) => new(municipality);

    /// <summary>null for the whole region; otherwise the one municipality (canonical name).</summary>
    public string? Municipality { get; }

    public bool IsRegion => Municipality is null;

    /// <summary>The value for «$p IS NULL OR municipality = $p» in SQL.</summary>
    public string? SqlMunicipality => Municipality;

    /// <summary>The same scope for the analytics' chart and result queries, which filter by it in SQL.</summary>
    public ReadScope ReadScope => new(Municipality);

    /// <summary>Distinguishes cached content per scope (charts).</summary>
    public string Key => Municipality ?? "*";

    public bool Covers(string municipality) => IsRegion || string.Equals(Municipality, municipality, StringComparison.Ordinal);

    public static UserScope From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true) return Nothing;
        if (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Analyst)) return Region;
        if (user.IsInRole(Roles.Municipal) && user.FindFirstValue(DashboardClaims.Municipality) is { Length: > 0 } m) return Of(m);
        return Nothing;
    }
}

public static class PrincipalExtensions
{
    public static UserScope Scope(this ClaimsPrincipal user) => UserScope.From(user);

    public static string Login(this ClaimsPrincipal user) => user.Identity?.Name ?? "?";

    public static string DisplayName(this ClaimsPrincipal user) => user.FindFirstValue(DashboardClaims.DisplayName) ?? user.Login();
}
