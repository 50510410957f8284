using System.Diagnostics;

namespace Edu.Storage.Publishing;

/// <summary>
/// Turns the working database into a published version readers open read-only: checkpoint (the file alone then holds
/// every commit), copy beside the published versions under a temporary name, flush, rename to its version name, then
/// switch the pointer by an atomic rename and remove the versions no process holds any more. Killed at any moment,
/// it leaves the previous pointer and whole files only; the next writer (or a reader finding the working file ahead)
/// clears the leftovers and publishes again. Runs only under the <see cref="WriterLock"/>.
/// </summary>
public sealed class Publisher(Database database, TimeProvider? time = null)
{
    private const string Temporary = ".tmp";

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public DataFiles Files { get; } = new(database.Path);

    /// <summary>
    /// Whether readers of <paramref name="version"/> miss something: a commit made since it was copied (by a writer
    /// that stopped before publishing, or outside a writer session), or a migration of this process (a newer release,
    /// or a part the writer that published it does not have: ./edu has no dashboard tables).
    /// </summary>
    public bool IsBehind(PublishedVersion version) =>
        FileStamp.Of(Files.Database) != version.Source || database.Schema.Migrations.Any(m => !version.Schema.Contains(m.Version));

    /// <summary>
    /// Publishes when readers are behind the working database or nothing is published; returns the new version, or
    /// null — having still removed what earlier publishes had to leave (versions held then, leftovers of a crash).
    /// </summary>
    public PublishedVersion? PublishIfBehind(WriterLock writer)
    {
        var current = PublishedVersion.Read(Files);
        if (current is null || IsBehind(current)) return Publish(writer);
        RemoveLeftovers();
        RemoveUnheld(current);
        return null;
    }

    /// <summary>Publishes the working database as the next version.</summary>
    public PublishedVersion Publish(WriterLock writer)
    {
        if (writer.Files.Database != Files.Database) throw new InvalidOperationException("The writer lock belongs to another database.");
        var watch = Stopwatch.StartNew();
        Directory.CreateDirectory(Files.Published);
        RemoveLeftovers();

        var schema = Checkpoint();
        var source = FileStamp.Of(Files.Database);
        var number = NextVersion();
        var target = Files.Snapshot(number);
        var temp = target + Temporary;
        File.Copy(Files.Database, temp, overwrite: true);
        using (var copy = new FileStream(temp, FileMode.Open, FileAccess.ReadWrite, FileShare.None)) copy.Flush(flushToDisk: true);
        File.Move(temp, target);
        NativeFiles.FlushDirectory(Files.Published);

        var published = new PublishedVersion(number, Path.GetFileName(target), _time.GetUtcNow(), source, schema, new FileInfo(target).Length, watch.Elapsed.TotalSeconds);
        published.WriteAsCurrent(Files);
        RemoveUnheld(published);
        return published;
    }

    /// <summary>
    /// Brings the working file up to this process's schema and folds its log into it. The connection is closed again
    /// before the copy: DuckDB must not be writing the file while it is read, and an open instance of it in this
    /// process would lose its file lock when the copy's descriptor closes.
    /// </summary>
    private int[] Checkpoint()
    {
        using var connection = database.Open();
        connection.Execute("CHECKPOINT");
        return [.. connection.Rows("SELECT version FROM schema_version ORDER BY version", r => r.GetInt32(0))];
    }

    private long NextVersion()
    {
        var highest = PublishedVersion.Read(Files)?.Version ?? 0;
        foreach (var file in Directory.EnumerateFiles(Files.Published))
        {
            if (DataFiles.VersionOf(Path.GetFileName(file)) is { } v && v > highest) highest = v;
        }
        return highest + 1;
    }

    /// <summary>Half-written copies and pointers of a publish that was interrupted; under the lock, nobody is writing them.</summary>
    private void RemoveLeftovers()
    {
        if (!Directory.Exists(Files.Published)) return;
        foreach (var file in Directory.EnumerateFiles(Files.Published, "*" + Temporary)) TryDelete(file);
    }

    /// <summary>
    /// Every version but the current one that no process holds open. A copy whose pointer was never written (a crash
    /// between the two renames) goes too: no reader ever saw it, and the current version supersedes it.
    /// </summary>
    private void RemoveUnheld(PublishedVersion current)
    {
        foreach (var file in Directory.EnumerateFiles(Files.Published, "v*.duckdb"))
        {
            if (Path.GetFileName(file) == current.File || DataFiles.VersionOf(Path.GetFileName(file)) is null) continue;
            if (!SnapshotHolds.IsHeld(file)) TryDelete(file);
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (IOException)
        {
            // Still open somewhere that keeps files from being deleted; the next publish tries again.
        }
        catch (UnauthorizedAccessException)
        {
            // As above, on systems that report it so.
        }
    }
}
