using System.Text;
using DuckDB.NET.Data;
using Edu.Analytics.Storage;
using Edu.Reference;
using Edu.Storage;

namespace Edu.Loading.Tests.Support;

/// <summary>A real DuckDB file in a temp folder, with a loader over it; deleted after the test.</summary>
public sealed class TestDatabase : IDisposable
{
    public const string Salt = "test-salt-not-secret";

    public TestDatabase()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("edu-test-").FullName;
        // Some loader tests recompute after loading, to show that what loaded reaches the analytics as it should.
        Database = new Database(Path.Combine(Directory, "data", "analytics.duckdb"), Schema.Of(LoadingSchema.Migrations, AnalyticsSchema.Migrations));
        Loader = new Loader(Database, new LoadSettings { Salt = Encoding.UTF8.GetBytes(Salt), User = "тест" }, MunicipalityDirectory.LoadDefault(), TimeProvider.System);
    }

    public string Directory { get; }

    public Database Database { get; }

    public Loader Loader { get; }

    /// <summary>A path for an input file of this test.</summary>
    public string File(string name)
    {
        var path = Path.Combine(Directory, "in", name);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    public LoadOutcome Load(string path) => Loader.Load(path);

    /// <summary>Loads a file that must load cleanly as the given kind.</summary>
    public LoadOutcome LoadOk(string path, Headers.FileKind kind)
    {
        var outcome = Load(path);
        outcome.Problems.Should().BeEmpty();
        outcome.Status.Should().Be(LoadStatus.Loaded);
        outcome.Kind.Should().Be(kind);
        return outcome;
    }

    public T Scalar<T>(string sql, params object?[] parameters)
    {
        using var connection = Database.Open();
        return connection.Scalar<T>(sql, parameters);
    }

    public List<object?[]> Rows(string sql, params object?[] parameters)
    {
        using var connection = Database.Open();
        return connection.Rows(sql, r => r.Values(), parameters);
    }

    public DuckDBConnection Open() => Database.Open();

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A child process killed by a test may still hold a file for a moment; the temp folder is harmless.
        }
    }
}
