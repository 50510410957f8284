using DuckDB.NET.Data;
using Edu.Analytics.Storage;
using Edu.Loading;
using Edu.Storage;

namespace Edu.Analytics.Tests;

/// <summary>A real DuckDB file with the loaded and result tables, in a temp folder deleted after the test; tests fill it by SQL.</summary>
internal sealed class ScratchDatabase : IDisposable
{
    private readonly string _directory;

    public ScratchDatabase(string name)
    {
        _directory = Directory.CreateTempSubdirectory($"edu-{name}-").FullName;
        Connection = new Database(Path.Combine(_directory, "analytics.duckdb"), Schema.Of(LoadingSchema.Migrations, AnalyticsSchema.Migrations)).Open();
    }

    public DuckDBConnection Connection { get; }

    public void Dispose()
    {
        Connection.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
