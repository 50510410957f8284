using DuckDB.NET.Data;
using Edu.Dashboard.Access;
using Edu.Spreadsheets;

namespace Edu.Dashboard.Tables;

/// <summary>A filter of a table: a GET parameter whose options are the values of one column among the rows the user may see.</summary>
/// <param name="Key">Query-string key: year, municipality, district, …</param>
/// <param name="Label">Caption of the filter in the form.</param>
/// <param name="Column">Header of the column it filters on.</param>
/// <param name="Project">Turns a cell into the filter's value (e.g. a date into its year); default: its text.</param>
public sealed record TableFilter(string Key, string Label, string Column, Func<object?, string?>? Project = null)
{
    public static TableFilter Year(string column = "Год") => new("year", "Год", column, YearOf);

    public static TableFilter Municipality { get; } = new("municipality", "Муниципалитет", "Муниципалитет");

    public static TableFilter District { get; } = new("district", "Образовательный округ", "Образовательный округ");

    private static string? YearOf(object? value) => value switch
    {
        DateTime d => d.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        DateOnly d => d.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        null => null,
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>
/// A table the dashboard shows and downloads. Tables of the analytics results (ШНОР, ШФНСУ, …) join by
/// deriving from this class and registering with <see cref="TableSetup.AddTable{T}"/>: the shared table
/// partial, the filters, sorting, paging and «Скачать Excel» (/export/{Name}) then work for them unchanged.
/// </summary>
public abstract class DashboardTable
{
    /// <summary>URL name, the same as the table name of «./edu export».</summary>
    public abstract string Name { get; }

    public abstract string Title { get; }

    /// <summary>Authorization policy beyond sign-in, for tables not every role may read.</summary>
    public virtual string? Policy => null;

    public virtual IReadOnlyList<TableFilter> Filters => [TableFilter.Municipality, TableFilter.District];

    /// <summary>
    /// Whatever besides the data version and the scope changes <see cref="Rows"/> (the as-of date of the indicators):
    /// part of the cache key of the rows.
    /// </summary>
    public virtual string CacheVariant => "";

    /// <summary>The rows as the page shows them; the scope must be applied in the query.</summary>
    public abstract ExportTable Rows(DuckDBConnection connection, UserScope scope);

    /// <summary>The workbook «Скачать Excel» gives: the one «./edu export» writes; by default the page's rows.</summary>
    public virtual ExportTable Export(DuckDBConnection connection, UserScope scope) => Rows(connection, scope);

    /// <summary>The link of a cell, if any: by default school logins and names open the school, municipalities their page.</summary>
    public virtual string? Link(ExportTable table, object?[] row, int column) => DrillDown.Link(table, row, column);
}
