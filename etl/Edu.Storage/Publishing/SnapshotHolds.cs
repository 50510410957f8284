using System.Collections.Concurrent;

namespace Edu.Storage.Publishing;

/// <summary>
/// Which published versions are still being read, so that a publish removes only the ones nobody holds. Readers
/// of this process register the version they keep open; other processes are seen through DuckDB's own file lock.
/// The registry also keeps this process from probing its own files, which would drop its locks on them.
/// </summary>
internal static class SnapshotHolds
{
    private static readonly ConcurrentDictionary<string, int> Here = new(StringComparer.Ordinal);

    public static void Add(string path) => Here.AddOrUpdate(path, 1, (_, n) => n + 1);

    public static void Remove(string path)
    {
        while (Here.TryGetValue(path, out var n))
        {
            if (n <= 1 ? Here.TryRemove(new KeyValuePair<string, int>(path, n)) : Here.TryUpdate(path, n - 1, n)) return;
        }
    }

    public static bool IsHeld(string path) => Here.ContainsKey(path) || NativeFiles.IsLocked(path);
}
