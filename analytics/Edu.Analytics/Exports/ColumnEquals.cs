using DuckDB.NET.Data;
using Edu.Storage;

namespace Edu.Analytics.Exports;

/// <summary>
/// A condition a page's filter adds to a read model's query: the named column equals the value. The name is one the read
/// model declares (<see cref="INarrowedExport{TRow}.Narrowable"/>), never text from a request, so it can go into SQL.
/// </summary>
public sealed record ColumnEquals(string Column, object? Value);

/// <summary>
/// A read model too large to hold whole at country scale (millions of task results, hundreds of thousands of objectivity
/// rows): its rows can be read narrowed by equalities on some columns, and each such column's values listed, in DuckDB.
/// </summary>
public interface INarrowedExport<TRow>
{
    /// <summary>The column names <see cref="ColumnEquals"/> may use, with the SQL expression each stands for.</summary>
    IReadOnlyDictionary<string, string> Narrowable { get; }

    /// <summary>The rows of <paramref name="filter"/> that also satisfy every condition, in the export's order.</summary>
    IReadOnlyList<TRow> Rows(DuckDBConnection connection, ExportFilter filter, IReadOnlyList<ColumnEquals> conditions);

    /// <summary>The columns a page may sort by (by the page's column key), as SQL.</summary>
    IReadOnlyDictionary<string, SortColumn> Sortable { get; }

    /// <summary>How many rows of <paramref name="filter"/> satisfy every condition.</summary>
    long Count(DuckDBConnection connection, ExportFilter filter, IReadOnlyList<ColumnEquals> conditions);

    /// <summary>
    /// One page of the rows that satisfy every condition, sorted as the dashboard sorts cells (empty last in either
    /// direction, text the Russian way ignoring case), ties in the export's order; <paramref name="sort"/> null keeps that order.
    /// </summary>
    IReadOnlyList<TRow> Page(DuckDBConnection connection, ExportFilter filter, IReadOnlyList<ColumnEquals> conditions,
        string? sort, bool descending, int offset, int limit);

    /// <summary>The distinct values of a narrowable column among the rows of <paramref name="filter"/> that satisfy every condition.</summary>
    IReadOnlyList<object> Values(DuckDBConnection connection, ExportFilter filter, string column, IReadOnlyList<ColumnEquals> conditions);
}

/// <summary>A column a page sorts by: its SQL, and whether it is text (compared the Russian way, ignoring case).</summary>
public sealed record SortColumn(string Sql, bool Text = false);

/// <summary>The SQL of <see cref="INarrowedExport{TRow}"/>: conditions after <see cref="ExportFilter.Sql"/>'s three parameters.</summary>
internal static class Narrowing
{
    /// <summary>« AND expr = $p3 AND …» for the conditions; throws for a column the read model does not declare.</summary>
    public static string Sql(IReadOnlyDictionary<string, string> narrowable, IReadOnlyList<ColumnEquals> conditions) =>
        string.Concat(conditions.Select((c, i) => $" AND {Expression(narrowable, c.Column)} = $p{i + 3}"));

    public static object?[] Parameters(ExportFilter filter, IReadOnlyList<ColumnEquals> conditions) =>
        [.. filter.Parameters, .. conditions.Select(c => c.Value)];

    /// <summary>The distinct values of a column among the rows of a table that pass the filter and the conditions.</summary>
    public static IReadOnlyList<object> Values(DuckDBConnection connection, string table, IReadOnlyDictionary<string, string> narrowable,
        ExportFilter filter, string column, IReadOnlyList<ColumnEquals> conditions) =>
        connection.Rows($"SELECT DISTINCT {Expression(narrowable, column)} FROM {table} WHERE {ExportFilter.Sql}{Sql(narrowable, conditions)}",
                r => r.GetValue(0), Parameters(filter, conditions))
            .Where(v => v is not DBNull).ToList();

    /// <summary>
    /// « ORDER BY …» as the dashboard orders cells: empty last in either direction, then the value (text by ICU's Russian
    /// collation of its lower case, as .NET's ru-RU comparer ignoring case does), then the export's own order, which
    /// is what .NET's stable sort leaves ties in.
    /// </summary>
    public static string Order(IReadOnlyDictionary<string, SortColumn> sortable, string? sort, bool descending, string exportOrder)
    {
        if (sort is null) return $" ORDER BY {exportOrder}";
        var column = sortable.TryGetValue(sort, out var c) ? c : throw new ArgumentOutOfRangeException(nameof(sort), sort, "not a sortable column");
        var value = column.Text ? $"lower({column.Sql}) COLLATE ru" : column.Sql;
        return $" ORDER BY ({column.Sql}) IS NULL, {value}{(descending ? " DESC" : "")}, {exportOrder}";
    }

    public static string Expression(IReadOnlyDictionary<string, string> narrowable, string column) =>
        narrowable.TryGetValue(column, out var sql) ? sql : throw new ArgumentOutOfRangeException(nameof(column), column, "not a narrowable column");
}
