using Edu.Loading.Tests.Support;
using Edu.Reference;
using Edu.Storage;
using Edu.Storage.Publishing;

namespace Edu.Loading.Tests.Publishing;

/// <summary>What a test sees of a database's published versions: the pointer, the files, and a version's tables read-only.</summary>
public sealed class PublishedFolder(TestDatabase db)
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    public DataFiles Files { get; } = new(db.Database.Path);

    /// <summary>The version the pointer names now, as a reader would find it.</summary>
    public long Pointed => PublishedVersion.Read(Files)?.Version ?? 0;

    /// <summary>The published versions on disk, by number.</summary>
    public IReadOnlyList<long> Versions => Directory.Exists(Files.Published)
        ? Directory.EnumerateFiles(Files.Published).Select(f => DataFiles.VersionOf(Path.GetFileName(f))).OfType<long>().Order().ToList()
        : [];

    /// <summary>Files a publish writes under a temporary name (a copy, a pointer) and renames when whole.</summary>
    public IReadOnlyList<string> Temporary => Directory.Exists(Files.Published)
        ? Directory.EnumerateFiles(Files.Published, "*.tmp").Select(f => Path.GetFileName(f)!).ToList()
        : [];

    /// <summary>A value from version <paramref name="version"/>, opened read-only as readers open it.</summary>
    public T Scalar<T>(long version, string sql)
    {
        using var connection = new DuckDB.NET.Data.DuckDBConnection($"Data Source={Files.Snapshot(version)};ACCESS_MODE=READ_ONLY");
        connection.Open();
        return connection.Scalar<T>(sql);
    }

    /// <summary>Loads <paramref name="file"/> as one writer session and publishes it, as ./edu load does.</summary>
    public PublishedVersion? LoadAndPublish(string file)
    {
        using var session = WriterSession.Begin(db.Database, "загрузка", Wait);
        db.Load(file).Status.Should().Be(LoadStatus.Loaded);
        return session.Publish();
    }
}
