using DuckDB.NET.Data;
using Edu.Etl.Storage;

namespace Edu.Dashboard.Data;

public static class SqlRows
{
    /// <summary>Reads every row of a parameterized query through a mapping function.</summary>
    public static List<T> Query<T>(this DuckDBConnection connection, string sql, Func<System.Data.Common.DbDataReader, T> map, params object?[] parameters)
    {
        using var cmd = connection.Command(sql, parameters);
        using var reader = cmd.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(map(reader));
        return rows;
    }

    public static string? NullableString(this System.Data.Common.DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static int? NullableInt(this System.Data.Common.DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToInt32(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);

    public static double? NullableDouble(this System.Data.Common.DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToDouble(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);

    public static long Long(this System.Data.Common.DbDataReader r, int i) => Convert.ToInt64(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
}
