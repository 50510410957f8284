using System.Security.Claims;
using Edu.Reference;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Access;

/// <summary>A signed-in person as the dashboard knows them; the municipality is canonical («Лужский район»).</summary>
public sealed record DashboardUser(string Login, string DisplayName, string Role, string? Municipality);

/// <summary>Checks passwords against the configured hashes and turns users into claims and back.</summary>
public sealed class UserDirectory
{
    private static readonly PasswordHasher<DashboardUser> Hasher = new();
    private readonly Dictionary<string, (DashboardUser User, string Hash)> _users;
    private readonly string _dummyHash;

    public UserDirectory(IOptions<UserAccounts> accounts, MunicipalityDirectory municipalities)
    {
        _users = accounts.Value.Users.ToDictionary(
            a => a.Login,
            a => (new DashboardUser(a.Login, string.IsNullOrWhiteSpace(a.DisplayName) ? a.Login : a.DisplayName, a.Role,
                a.Role == Roles.Municipal ? municipalities.Find(a.Municipality)!.Name : null), a.PasswordHash),
            StringComparer.OrdinalIgnoreCase);
        _dummyHash = Hasher.HashPassword(new DashboardUser("", "", "", null), Guid.NewGuid().ToString());
    }

    public DashboardUser? Authenticate(string login, string password)
    {
        if (!_users.TryGetValue(login.Trim(), out var entry))
        {
            // Spend the same time as for a real user, so response time does not tell which logins exist.
            Hasher.VerifyHashedPassword(new DashboardUser("", "", "", null), _dummyHash, password);
            return null;
        }
        return Hasher.VerifyHashedPassword(entry.User, entry.Hash, password) == PasswordVerificationResult.Failed ? null : entry.User;
    }

    public DashboardUser? Find(string login) => _users.TryGetValue(login, out var entry) ? entry.User : null;

    /// <summary>The user's claims, with <paramref name="session"/> (the claims of its new session, <see cref="SignedOutSessions"/>).</summary>
    public static ClaimsPrincipal ToPrincipal(DashboardUser user, IEnumerable<Claim> session)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, user.Login),
            new(DashboardClaims.DisplayName, user.DisplayName),
            new(ClaimTypes.Role, user.Role),
        };
        claims.AddRange(session);
        if (user.Municipality is not null) claims.Add(new Claim(DashboardClaims.Municipality, user.Municipality));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    /// <summary>A cookie stays valid only while its user still exists with the same role and municipality.</summary>
    public bool StillMatches(ClaimsPrincipal principal) =>
        principal.Identity?.Name is { } login && Find(login) is { } user
        && principal.IsInRole(user.Role)
        && principal.FindFirstValue(DashboardClaims.Municipality) == user.Municipality;

    public static string Hash(string password) => Hasher.HashPassword(new DashboardUser("", "", "", null), password);
}
