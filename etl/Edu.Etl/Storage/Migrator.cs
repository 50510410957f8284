using System.Reflection;
using DuckDB.NET.Data;

namespace Edu.Etl.Storage;

/// <summary>
/// Applies the numbered SQL scripts embedded from Storage/Migrations in order, each once,
/// each in its own transaction, recording them in schema_version.
/// </summary>
public static class Migrator
{
    private const string ResourcePrefix = "Edu.Etl.Storage.Migrations.";

    public static IReadOnlyList<(int Version, string Name)> Available { get; } = Discover();

    public static void Apply(DuckDBConnection connection)
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

        foreach (var (version, name) in Available.Where(m => !applied.Contains(m.Version)))
        {
            using var tx = connection.BeginTransaction();
            Execute(connection, ReadScript(name));
            using (var cmd = connection.CreateCommand())
            {
                cmd.CommandText = "INSERT INTO schema_version VALUES ($v, $n, now()::TIMESTAMP)";
                cmd.Parameters.Add(new DuckDBParameter("v", version));
                cmd.Parameters.Add(new DuckDBParameter("n", name));
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
        }
    }

    private static IReadOnlyList<(int, string)> Discover()
    {
        var scripts = typeof(Migrator).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..])
            .Select(n => (Version: int.Parse(n[..n.IndexOf('_', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture), Name: n))
            .OrderBy(m => m.Version)
            .ToList();
        // Two branches can each add "the next" number; the second script would then never run.
        var clash = scripts.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
            throw new InvalidOperationException($"Migrations share version {clash.Key}: {string.Join(", ", clash.Select(m => m.Name))}.");
        return scripts;
    }

    private static string ReadScript(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"Migration {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
