using Edu.Storage;

namespace Edu.Analytics.Tests.Integration;

/// <summary>Reads stored result rows for assertions.</summary>
internal static class ResultRows
{
    public static List<object?[]> Read(Database database, string sql, params object?[] parameters)
    {
        using var connection = database.Open();
        return connection.Rows(sql, r => r.Values(), parameters);
    }

    public static HashSet<string> Logins(Database database, string sql, params object?[] parameters) =>
        Read(database, sql, parameters).Select(r => (string)r[0]!).ToHashSet(StringComparer.Ordinal);
}
