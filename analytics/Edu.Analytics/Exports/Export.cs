using DuckDB.NET.Data;
using Edu.Spreadsheets;

namespace Edu.Analytics.Exports;

/// <summary>
/// A typed read model: the row record, its query and its one column map. Every consumer — the .xlsx and .csv
/// writers, the dashboard's table, the report's sheet, its charts and counts — takes the rows from here and reads
/// their properties; only writers go through the column map.
/// </summary>
public abstract class Export<TRow> : IExport
{
    public abstract string Name { get; }

    public abstract string Title { get; }

    public abstract ColumnMap<TRow> Columns { get; }

    /// <summary>The rows in the filter's year and municipality; the filter is applied in the query, so no caller can bypass a municipal scope.</summary>
    public abstract IReadOnlyList<TRow> Rows(DuckDBConnection connection, ExportFilter filter);

    public Table<TRow> Query(DuckDBConnection connection, ExportFilter filter) => new(Name, Title, Columns, Rows(connection, filter));

    ITable IExport.Query(DuckDBConnection connection, ExportFilter filter) => Query(connection, filter);

    /// <summary>The file «./edu export» writes (.xlsx or .csv by extension); returns the rows written. Read models too large to hold stream.</summary>
    public virtual long Write(DuckDBConnection connection, ExportFilter filter, string path, DocumentHeading heading)
    {
        var table = Query(connection, filter);
        ExportWriter.Write(table, path, heading);
        return table.RowCount;
    }
}
