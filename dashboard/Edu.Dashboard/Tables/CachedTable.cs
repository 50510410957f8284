using System.Globalization;

namespace Edu.Dashboard.Tables;

/// <summary>A table's rows in one scope with the options of its filters: what the cache keeps, read once per data version.</summary>
public abstract class CachedTable
{
    /// <summary>The order of a filter's options: the Russian way, ignoring case.</summary>
    public static StringComparer OptionOrder { get; } = StringComparer.Create(CultureInfo.GetCultureInfo("ru-RU"), ignoreCase: true);

    /// <summary>The values each filter offers (by key): those it takes among the rows.</summary>
    public abstract IReadOnlyList<(string Key, string Label, IReadOnlyList<string> Options)> FilterOptions { get; }

    /// <summary>Its size for the cache's limit.</summary>
    public abstract long Cells { get; }
}

public sealed class CachedTable<TRow> : CachedTable
{
    private readonly int _columns;

    private CachedTable(IReadOnlyList<TRow> rows, IReadOnlyList<(string, string, IReadOnlyList<string>)> filterOptions, int columns, int? total)
    {
        Rows = rows;
        FilterOptions = filterOptions;
        _columns = columns;
        Total = total;
    }

    /// <summary>Every row the scope may see, unfiltered (or, with <see cref="Total"/>, one request's page); shared between requests, so never changed.</summary>
    public IReadOnlyList<TRow> Rows { get; }

    /// <summary>For one page of a table paged in the query: how many rows its filters keep in all; null when <see cref="Rows"/> are every row.</summary>
    public int? Total { get; }

    public override IReadOnlyList<(string Key, string Label, IReadOnlyList<string> Options)> FilterOptions { get; }

    public override long Cells => (long)Rows.Count * Math.Max(1, _columns);

    public static CachedTable<TRow> From(IReadOnlyList<TRow> rows, IReadOnlyList<TableFilter<TRow>> filters, int columns) => new(rows, filters
        .Select(f => (f.Key, f.Label, (IReadOnlyList<string>)rows.SelectMany(f.OptionsOf).Distinct().Order(OptionOrder).ToList()))
        .ToList(), columns, total: null);

    /// <summary>One page of a request's rows, of <paramref name="total"/>, with the options of the filters over every row of the scope.</summary>
    public static CachedTable<TRow> OnePage(IReadOnlyList<TRow> rows, int total, IReadOnlyList<(string Key, string Label, IReadOnlyList<string> Options)> filterOptions, int columns) =>
        new(rows, filterOptions, columns, total);
}
