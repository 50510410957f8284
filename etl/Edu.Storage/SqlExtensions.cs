using System.Data.Common;
using System.Globalization;
using DuckDB.NET.Data;

namespace Edu.Storage;

/// <summary>Short forms for parameterized commands; parameters are named $p0, $p1… in order.</summary>
public static class SqlExtensions
{
    public static int Execute(this DuckDBConnection connection, string sql, params object?[] parameters)
    {
        using var cmd = Command(connection, sql, parameters);
        return cmd.ExecuteNonQuery();
    }

    public static T Scalar<T>(this DuckDBConnection connection, string sql, params object?[] parameters)
    {
        using var cmd = Command(connection, sql, parameters);
        var value = cmd.ExecuteScalar();
        if (value is null or DBNull) return default!;
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return value is T typed ? typed : (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Every row of a query through <paramref name="map"/>. Rows are streamed (DuckDB hands them over chunk by
    /// chunk instead of materializing the whole result first), which matters for the 20+ million works.
    /// </summary>
    public static List<T> Rows<T>(this DuckDBConnection connection, string sql, Func<DbDataReader, T> map, params object?[] parameters) =>
        [.. EnumerateRows(connection, sql, map, parameters)];

    /// <summary>
    /// The rows of a query one at a time, as the caller asks for them: for results too large to hold (millions of
    /// task results written straight into an export). The query runs when enumeration starts, on the open connection.
    /// </summary>
    public static IEnumerable<T> EnumerateRows<T>(this DuckDBConnection connection, string sql, Func<DbDataReader, T> map, params object?[] parameters)
    {
        using var cmd = Command(connection, sql, parameters);
        cmd.UseStreamingMode = true;
        using var reader = cmd.ExecuteReader();
        while (reader.Read()) yield return map(reader);
    }

    public static DuckDBCommand Command(this DuckDBConnection connection, string sql, params object?[] parameters)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        for (var i = 0; i < parameters.Length; i++)
            cmd.Parameters.Add(new DuckDBParameter("p" + i.ToString(CultureInfo.InvariantCulture), parameters[i] ?? DBNull.Value));
        return cmd;
    }
}
