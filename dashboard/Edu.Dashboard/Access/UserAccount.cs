using Edu.Reference;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Access;

/// <summary>One user of the configuration section «Users». Passwords are stored only as PBKDF2 hashes (PasswordHasher).</summary>
public sealed class UserAccount
{
    public string Login { get; set; } = "";

    public string DisplayName { get; set; } = "";

    /// <summary>admin | analyst | municipal.</summary>
    public string Role { get; set; } = "";

    /// <summary>For municipal users: their municipality in any usual spelling («Лужский район»).</summary>
    public string? Municipality { get; set; }

    /// <summary>ASP.NET Core Identity PasswordHasher V3 hash (PBKDF2); make one with «hash-password».</summary>
    public string PasswordHash { get; set; } = "";
}

/// <summary>All configured users; bound from the root «Users» array.</summary>
public sealed class UserAccounts
{
    public List<UserAccount> Users { get; set; } = [];
}

/// <summary>Refuses to start with no users, unknown roles, plaintext-looking passwords or a municipal user without a known municipality.</summary>
public sealed class UserAccountsValidator(MunicipalityDirectory municipalities) : IValidateOptions<UserAccounts>
{
    public ValidateOptionsResult Validate(string? name, UserAccounts options)
    {
        var failures = new List<string>();
        if (options.Users.Count == 0)
            failures.Add("No dashboard users are configured: add a «Users» section or set Dashboard:UsersFile (see dashboard/README.md).");
        foreach (var user in options.Users)
        {
            if (string.IsNullOrWhiteSpace(user.Login)) failures.Add("A user has no Login.");
            if (!Roles.All.Contains(user.Role)) failures.Add($"User «{user.Login}»: role «{user.Role}» is not one of {string.Join(", ", Roles.All)}.");
            if (!IsHash(user.PasswordHash)) failures.Add($"User «{user.Login}»: PasswordHash is not a PasswordHasher V3 hash.");
            if (user.Role == Roles.Municipal && municipalities.Find(user.Municipality) is null)
                failures.Add($"User «{user.Login}»: municipality «{user.Municipality}» is unknown.");
        }
        var duplicates = options.Users.GroupBy(u => u.Login, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0) failures.Add($"Duplicate logins: {string.Join(", ", duplicates)}.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // A V3 hash is base64 of 61+ bytes starting with format marker 0x01.
    private static bool IsHash(string text)
    {
        var bytes = new byte[text.Length];
        return Convert.TryFromBase64String(text, bytes, out var length) && length >= 61 && bytes[0] == 0x01;
    }
}
