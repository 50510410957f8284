using DuckDB.NET.Data;

namespace Edu.Storage;

/// <summary>
/// Applies a <see cref="Schema"/>'s scripts in version order, each once, each in its own transaction,
/// recording them in schema_version.
/// </summary>
public static class Migrator
{
    public static void Apply(DuckDBConnection connection, Schema schema)
    {
        Execute(connection, """
            CREATE TABLE IF NOT EXISTS schema_version (
                version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)
            """);
        var applied = new HashSet<int>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT version FROM schema_version";
            using var reader = cmd.ExecuteReader();
            while (reader.Read()) applied.Add(reader.GetInt32(0));
        }

        foreach (var migration in schema.Migrations.Where(m => !applied.Contains(m.Version)))
        {
            using var tx = connection.BeginTransaction();
            Execute(connection, migration.ReadSql());
            using (var cmd = connection.CreateCommand())
            {
                cmd.CommandText = "INSERT INTO schema_version VALUES ($v, $n, now()::TIMESTAMP)";
                cmd.Parameters.Add(new DuckDBParameter("v", migration.Version));
                cmd.Parameters.Add(new DuckDBParameter("n", migration.Name));
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
        }
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
