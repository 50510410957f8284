using Edu.Storage;

namespace Edu.Loading.Tests.Storage;

public sealed class MemoryLimitTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("edu-memory-limit-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void The_limit_holds_while_set_and_DuckDBs_default_comes_back_after()
    {
        var db = new Database(Path.Combine(_dir, "a.duckdb"), Schema.Of(LoadingSchema.Migrations));
        using var connection = db.Open();
        var byDefault = Limit(connection);

        var limit = MemoryLimit.Set(connection, 256);
        var set = Limit(connection);
        limit.Dispose();
        limit.Dispose();

        // DuckDB shows a limit in binary units: 256 MB (10^6 bytes) are 244.1 MiB.
        set.Should().Be("244.1 MiB");
        Limit(connection).Should().Be(byDefault).And.NotBe(set);
    }

    [Fact]
    public void A_limit_of_nothing_is_refused()
    {
        var db = new Database(Path.Combine(_dir, "b.duckdb"), Schema.Of(LoadingSchema.Migrations));
        using var connection = db.Open();

        var set = () => MemoryLimit.Set(connection, 0);

        set.Should().Throw<ArgumentOutOfRangeException>();
    }

    private static string Limit(DuckDB.NET.Data.DuckDBConnection connection) =>
        connection.Scalar<string>("SELECT current_setting('memory_limit')");
}
