using System.Globalization;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Access;

/// <summary>Whether a sign-in attempt may check its password now; when not, how long to wait and why.</summary>
public sealed record SignInVerdict(bool Allowed, TimeSpan Wait, bool LockedOut, IReadOnlyList<string> Keys)
{
    /// <summary>What the sign-in page says to a refused attempt.</summary>
    public string Message => LockedOut
        ? $"Вход временно заблокирован из-за многих неудачных попыток. Повторите через {Duration(Wait)}."
        : $"Слишком много неудачных попыток входа. Повторите через {Duration(Wait)}.";

    private static string Duration(TimeSpan wait) => wait.TotalSeconds <= 90
        ? string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, Math.Ceiling(wait.TotalSeconds))} с")
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(wait.TotalMinutes)} мин");
}

/// <summary>
/// Slows down guessing passwords. Every attempt counts as a failure against its keys before the password is checked
/// (so a burst of parallel requests cannot all slip through), and a success takes it back. Past the free failures each
/// next attempt must wait twice as long, and enough failures lock the key out for a while. The keys are the login and
/// the client's address — unless the client shows a known-browser cookie for that login (it signed in there before):
/// then only that browser's own failures count, so nobody can lock a real user out of the browser they use. State is
/// in memory, per instance; it is forgotten after a quiet period and bounded in size.
/// </summary>
public sealed class SignInThrottle(TimeProvider time, IOptions<SignInOptions> options)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Counter> _counters = new(StringComparer.Ordinal);

    private SignInOptions Options => options.Value;

    public static IReadOnlyList<string> KeysFor(string login, string? address, string? knownBrowser) => knownBrowser is not null
        ? [$"browser:{knownBrowser}"]
        : [$"login:{login.Trim().ToLowerInvariant()}", $"address:{address ?? "unknown"}"];

    /// <summary>Reserves an attempt for <paramref name="keys"/> if none of them must wait.</summary>
    public SignInVerdict Begin(IReadOnlyList<string> keys)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            var wait = TimeSpan.Zero;
            var locked = false;
            foreach (var key in keys)
            {
                if (!_counters.TryGetValue(key, out var counter) || Forgotten(counter, now)) continue;
                if (counter.LockedUntil > now && counter.LockedUntil - now >= wait) (wait, locked) = (counter.LockedUntil - now, true);
                else if (counter.NextAllowed > now && counter.NextAllowed - now > wait && !locked) wait = counter.NextAllowed - now;
            }
            if (wait > TimeSpan.Zero) return new SignInVerdict(false, wait, locked, keys);

            if (_counters.Count >= Options.MaxTrackedKeys) Prune(now);
            foreach (var key in keys)
            {
                var counter = _counters.TryGetValue(key, out var known) && !Forgotten(known, now) ? known : new Counter();
                counter.Failures++;
                counter.LastFailure = now;
                counter.NextAllowed = now + Delay(counter.Failures);
                if (counter.Failures >= Options.LockoutFailures) counter.LockedUntil = now + Options.LockoutDuration;
                _counters[key] = counter;
            }
            return new SignInVerdict(true, TimeSpan.Zero, false, keys);
        }
    }

    /// <summary>The password was right: the attempt is taken back and the login's record cleared (an address keeps its other failures).</summary>
    public void Succeeded(SignInVerdict attempt)
    {
        lock (_lock)
        {
            foreach (var key in attempt.Keys)
            {
                if (!_counters.TryGetValue(key, out var counter)) continue;
                if (!key.StartsWith("address:", StringComparison.Ordinal) || counter.Failures <= 1)
                {
                    _counters.Remove(key);
                    continue;
                }
                counter.Failures--;
                counter.NextAllowed = counter.LastFailure + Delay(counter.Failures);
                if (counter.Failures < Options.LockoutFailures) counter.LockedUntil = default;
            }
        }
    }

    private TimeSpan Delay(int failures)
    {
        var beyond = failures - Options.FreeFailures;
        if (beyond <= 0) return TimeSpan.Zero;
        var delay = Options.FirstDelay * Math.Pow(2, Math.Min(beyond - 1, 30));
        return delay > Options.MaxDelay ? Options.MaxDelay : delay;
    }

    private bool Forgotten(Counter counter, DateTimeOffset now) =>
        now - counter.LastFailure >= Options.LockoutDuration && counter.LockedUntil <= now;

    private void Prune(DateTimeOffset now)
    {
        foreach (var key in _counters.Where(c => Forgotten(c.Value, now)).Select(c => c.Key).ToList()) _counters.Remove(key);
        // Still full: a spray of made-up logins; the least recently failed go first, the locked ones last.
        var excess = _counters.Count - (Options.MaxTrackedKeys * 9 / 10);
        if (excess <= 0) return;
        foreach (var key in _counters.OrderBy(c => c.Value.LockedUntil > now).ThenBy(c => c.Value.LastFailure).Take(excess).Select(c => c.Key).ToList())
            _counters.Remove(key);
    }

    private sealed class Counter
    {
        public int Failures { get; set; }

        public DateTimeOffset LastFailure { get; set; }

        public DateTimeOffset NextAllowed { get; set; }

        public DateTimeOffset LockedUntil { get; set; }
    }
}
