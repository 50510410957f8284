using System.ComponentModel.DataAnnotations;

namespace Edu.Dashboard.Access;

/// <summary>
/// Section «Dashboard:SignIn»: how wrong passwords are slowed down (per login, per client address, per known browser)
/// and how long a sign-in may last at most. Defaults: three free failures, then waits of 1, 2, 4 … s (at most 30 s),
/// a 15-minute lockout after ten, everything forgotten after 15 minutes without failures.
/// </summary>
public sealed class SignInOptions
{
    /// <summary>Failures that cost nothing; the next one starts the waits.</summary>
    [Range(1, 100)]
    public int FreeFailures { get; set; } = 3;

    /// <summary>Wait after the first failure beyond the free ones; each next failure doubles it.</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "00:10:00")]
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between attempts before the lockout.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Failures after which the key is locked out for <see cref="LockoutDuration"/>.</summary>
    [Range(2, 1000)]
    public int LockoutFailures { get; set; } = 10;

    /// <summary>How long a lockout lasts; also how long failures are remembered after the last one.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a browser that signed in successfully is known, and so not slowed by other clients' failures.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "365.00:00:00")]
    public TimeSpan KnownBrowserLifetime { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Longest a sign-in lasts however active it is; a signed-out session stays revoked at least this long.</summary>
    [Range(typeof(TimeSpan), "00:10:00", "30.00:00:00")]
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Most keys remembered; beyond it the oldest quiet ones are forgotten (an attacker spraying logins cannot exhaust memory).</summary>
    [Range(1000, 10_000_000)]
    public int MaxTrackedKeys { get; set; } = 100_000;
}
