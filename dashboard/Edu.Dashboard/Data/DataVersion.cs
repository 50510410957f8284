using System.Globalization;
using DuckDB.NET.Data;
using Edu.Storage;

namespace Edu.Dashboard.Data;

/// <summary>
/// The version of everything the dashboard caches from the data: the latest load attempt and the latest analytics
/// computation. The loader writes its «loads» row and the recompute its «analytics_computations» row in the same
/// transaction as the data they change, so an unchanged pair means unchanged tables, whoever wrote them.
/// </summary>
public readonly record struct DataVersion(long Load, long Computation)
{
    public static DataVersion Read(DuckDBConnection connection) =>
        connection.Rows("""
            SELECT (SELECT coalesce(max(load_id), 0) FROM loads), (SELECT coalesce(max(computation_id), 0) FROM analytics_computations)
            """, r => new DataVersion(r.Long(0), r.Long(1))).Single();

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Load}.{Computation}");
}
