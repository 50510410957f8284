using Edu.Storage;

namespace Edu.Loading.Tests.Storage;

public sealed class DatabaseTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("edu-db-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Migrations_are_applied_once_and_recorded()
    {
        var db = new Database(Path.Combine(_dir, "a.duckdb"), Schema.Of(LoadingSchema.Migrations));
        using (db.Open()) { }
        using var conn = db.Open();
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM schema_version";
        conn.Scalar<int>(cmd.CommandText).Should().Be(LoadingSchema.Migrations.Count).And.BeGreaterThan(0);
    }

    [Fact]
    public void Appender_rows_are_discarded_when_the_transaction_rolls_back()
    {
        // The loader relies on this: it appends while validating and rolls back if any row was bad.
        var db = new Database(Path.Combine(_dir, "b.duckdb"), Schema.Of(LoadingSchema.Migrations));
        using var conn = db.Open();
        using (var tx = conn.BeginTransaction())
        {
            using (var appender = conn.CreateAppender("coverage"))
            {
                appender.CreateRow().AppendValue(new DateOnly(2024, 1, 1)).AppendValue("Лужский район")
                    .AppendValue(100).AppendValue(50).AppendValue(10).AppendValue(5).AppendValue(2).AppendValue(1L).EndRow();
            }
            tx.Rollback();
        }
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM coverage";
        conn.Scalar<int>(cmd.CommandText).Should().Be(0);
    }
}
