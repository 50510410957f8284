using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Access;

/// <summary>
/// A browser where a user signed in successfully gets a protected cookie naming that login. Its sign-in attempts are
/// then judged by its own failures only (<see cref="SignInThrottle"/>), so failures elsewhere — someone guessing the
/// user's password — never lock the user out of the browser they work in.
/// </summary>
public sealed class KnownBrowsers(IDataProtectionProvider protection, TimeProvider time, IOptions<SignInOptions> options)
{
    public const string CookieName = "edu.browser";

    private readonly IDataProtector _protector = protection.CreateProtector("Edu.Dashboard.KnownBrowser");

    /// <summary>This browser's id when its cookie was issued for <paramref name="login"/> and has not expired.</summary>
    public string? IdFor(HttpRequest request, string login)
    {
        if (!request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value)) return null;
        try
        {
            var parts = _protector.Unprotect(value).Split('\n');
            if (parts.Length != 3 || !string.Equals(parts[0], Normal(login), StringComparison.Ordinal)) return null;
            var issued = DateTimeOffset.FromUnixTimeSeconds(long.Parse(parts[2], CultureInfo.InvariantCulture));
            return time.GetUtcNow() - issued < options.Value.KnownBrowserLifetime ? parts[1] : null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException or OverflowException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Marks the browser as known for <paramref name="login"/> (keeping its id if it had one).</summary>
    public void Remember(HttpContext context, string login, string? id)
    {
        var now = time.GetUtcNow();
        id ??= Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        var value = _protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{Normal(login)}\n{id}\n{now.ToUnixTimeSeconds()}"));
        context.Response.Cookies.Append(CookieName, value, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/account",
            MaxAge = options.Value.KnownBrowserLifetime,
            IsEssential = true,
        });
    }

    private static string Normal(string login) => login.Trim().ToLowerInvariant();
}
