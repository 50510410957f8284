using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Edu.Jobs.Inbox;

/// <summary>
/// Decides when a file in the inbox is complete. Rule: its size and last write time are the same as at an earlier
/// scan, at least <see cref="JobsOptions.InboxQuietPeriod"/> ago by <see cref="TimeProvider"/>, and no one holds
/// it open for writing (checked with an exclusive open, which Windows shares and .NET writers honour). A copy in
/// progress changes size or write time between scans; a file is therefore never taken on its first sighting.
/// State is in-process: scans run only on the writer instance, and after a restart a file is merely seen anew.
/// </summary>
public sealed class FileStability(TimeProvider time, IOptions<JobsOptions> options)
{
    private readonly ConcurrentDictionary<string, Sighting> _seen = new(StringComparer.Ordinal);

    public bool IsStable(FileInfo file)
    {
        file.Refresh();
        if (!file.Exists) return false;
        var signature = new Signature(file.Length, file.LastWriteTimeUtc);
        var now = time.GetUtcNow();
        if (!_seen.TryGetValue(file.FullName, out var sighting) || sighting.Signature != signature)
        {
            _seen[file.FullName] = new Sighting(signature, now);
            return false;
        }
        return now - sighting.Since >= options.Value.InboxQuietPeriod && !IsOpenForWriting(file);
    }

    public void Forget(string path) => _seen.TryRemove(path, out _);

    /// <summary>Drops sightings of files no longer in the inbox, so the state does not grow forever.</summary>
    public void KeepOnly(IReadOnlySet<string> present)
    {
        foreach (var path in _seen.Keys)
        {
            if (!present.Contains(path)) _seen.TryRemove(path, out _);
        }
    }

    private static bool IsOpenForWriting(FileInfo file)
    {
        try
        {
            using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.None);
            return false;
        }
        catch (FileNotFoundException)
        {
            return true;
        }
        catch (IOException)
        {
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }

    private readonly record struct Signature(long Length, DateTime LastWriteUtc);

    private sealed record Sighting(Signature Signature, DateTimeOffset Since);
}
