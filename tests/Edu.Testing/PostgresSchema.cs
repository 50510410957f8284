using Npgsql;

namespace Edu.Testing;

/// <summary>
/// A private schema in the PostgreSQL named by EDU_TEST_PG (started by `.ci/postgres start`), dropped afterwards.
/// Without the variable the tests fail, never skip: CI sets it, and a silently skipped test proves nothing.
/// </summary>
public sealed class PostgresSchema : IAsyncDisposable
{
    public const string Variable = "EDU_TEST_PG";

    private PostgresSchema(string connectionString, string name)
    {
        ConnectionString = connectionString;
        Name = name;
    }

    public string ConnectionString { get; }

    public string Name { get; }

    public static string RequiredConnectionString()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set. These tests need a PostgreSQL: run `{Variable}=\"$(.ci/postgres start)\"; export {Variable}` " +
                "from the repository root, then `dotnet test`, then `.ci/postgres stop` (.ci/run does this).");
        }
        return value;
    }

    public static PostgresSchema Create() => new(RequiredConnectionString(), "hf_test_" + Guid.NewGuid().ToString("N")[..12]);

    public async Task Execute(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<long> Scalar(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public async ValueTask DisposeAsync() => await Execute($"DROP SCHEMA IF EXISTS {Name} CASCADE");
}
