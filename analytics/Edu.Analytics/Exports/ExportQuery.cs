using DuckDB.NET.Data;
using Edu.Spreadsheets;

namespace Edu.Analytics.Exports;

/// <summary>Runs an export's SQL with the filter's year and municipality as $p0 and $p1.</summary>
internal static class ExportQuery
{
    // Every school-level export filters the same way; NULL means "no filter".
    public const string Where = "($p0 IS NULL OR year = $p0) AND ($p1 IS NULL OR municipality = $p1)";

    public static ExportTable Run(DuckDBConnection connection, string name, string title, IReadOnlyList<ExportColumn> columns, string sql, ExportFilter filter) =>
        new(name, title, columns, RegistryExports.Read(connection, sql, filter.Year, filter.Municipality));
}
