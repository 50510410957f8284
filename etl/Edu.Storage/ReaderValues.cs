using System.Data.Common;
using System.Globalization;

namespace Edu.Storage;

/// <summary>Typed reads of a column that may be NULL, and of numbers whatever integer width DuckDB returns.</summary>
public static class ReaderValues
{
    public static string? NullableString(this DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static int? NullableInt(this DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);

    public static double? NullableDouble(this DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToDouble(r.GetValue(i), CultureInfo.InvariantCulture);

    public static long Long(this DbDataReader r, int i) => Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture);

    /// <summary>The row's values in column order, NULL as null.</summary>
    public static object?[] Values(this DbDataReader r)
    {
        var row = new object?[r.FieldCount];
        for (var i = 0; i < row.Length; i++) row[i] = r.IsDBNull(i) ? null : r.GetValue(i);
        return row;
    }
}
