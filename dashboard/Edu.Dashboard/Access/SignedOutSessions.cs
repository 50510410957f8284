using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Edu.Dashboard.Data;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Access;

/// <summary>
/// Sign-out revokes: every sign-in carries a random session id, and signing out leaves a marker for that id in
/// data/signed-out beside the database, which every request's cookie check consults — so a copied cookie dies with
/// the session, on every instance sharing the data folder and after a restart. A session lasts at most
/// <see cref="SignInOptions.AbsoluteLifetime"/>, so markers older than that are deleted.
/// </summary>
public sealed partial class SignedOutSessions(DashboardDatabase database, TimeProvider time, IOptions<SignInOptions> options)
{
    public const string SessionClaim = "edu:session";
    public const string ExpiresClaim = "edu:session_expires";

    private string Folder => Path.Combine(database.Database.DataDirectory, "signed-out");

    /// <summary>The claims that tie a new sign-in to a session of its own.</summary>
    public IEnumerable<Claim> NewSession()
    {
        var expires = time.GetUtcNow() + options.Value.AbsoluteLifetime;
        yield return new Claim(SessionClaim, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant());
        yield return new Claim(ExpiresClaim, expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A cookie is honoured only for a session that was issued by this app, is not over, and was not signed out.</summary>
    public bool IsActive(ClaimsPrincipal principal)
    {
        if (principal.FindFirstValue(SessionClaim) is not { } id || !SessionId().IsMatch(id)) return false;
        if (!long.TryParse(principal.FindFirstValue(ExpiresClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            || time.GetUtcNow() >= DateTimeOffset.FromUnixTimeSeconds(expires)) return false;
        return !File.Exists(Path.Combine(Folder, id));
    }

    public void Revoke(ClaimsPrincipal principal)
    {
        if (principal.FindFirstValue(SessionClaim) is not { } id || !SessionId().IsMatch(id)) return;
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, id), time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        Prune();
    }

    private void Prune()
    {
        var before = (time.GetUtcNow() - options.Value.AbsoluteLifetime).UtcDateTime;
        foreach (var marker in Directory.EnumerateFiles(Folder))
        {
            if (File.GetLastWriteTimeUtc(marker) < before) File.Delete(marker);
        }
    }

    [GeneratedRegex("^[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex SessionId();
}
