namespace Edu.Storage.Publishing;

/// <summary>
/// The files of one database beside each other: the working file that only the writer opens, the writer's lock and
/// its note of who holds it, and the folder of published versions that every reader opens read-only.
/// For <c>data/analytics.duckdb</c>: <c>data/analytics.writer.lock</c>, <c>data/analytics.writer.json</c> and
/// <c>data/analytics.published/</c> with <c>v000001.duckdb</c>… and the pointer <c>current.json</c>.
/// </summary>
public sealed class DataFiles
{
    public DataFiles(string databasePath)
    {
        Database = Path.GetFullPath(databasePath);
        Folder = Path.GetDirectoryName(Database)!;
        var stem = Path.Combine(Folder, Path.GetFileNameWithoutExtension(Database));
        WriterLock = stem + ".writer.lock";
        WriterNote = stem + ".writer.json";
        Published = stem + ".published";
        Pointer = Path.Combine(Published, "current.json");
    }

    /// <summary>The working database: loads and recomputes write here, inside a writer session.</summary>
    public string Database { get; }

    public string Folder { get; }

    public string WriterLock { get; }

    public string WriterNote { get; }

    public string Published { get; }

    /// <summary>Names the version readers open; replaced by an atomic rename, so it is always whole.</summary>
    public string Pointer { get; }

    public string Snapshot(long version) => Path.Combine(Published, SnapshotName(version));

    public static string SnapshotName(long version) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"v{version:D6}.duckdb");

    /// <summary>The version number of a snapshot file name, or null for any other file.</summary>
    public static long? VersionOf(string fileName) =>
        fileName.Length > 8 && fileName[0] == 'v' && fileName.EndsWith(".duckdb", StringComparison.Ordinal)
        && long.TryParse(fileName.AsSpan(1, fileName.Length - 8), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v)
            ? v
            : null;
}
