using System.Collections.Concurrent;
using System.Globalization;
using Edu.Spreadsheets;

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
    // Views kept per entry before the memo starts over: the usual views of a page (its default, a few filters and sorts).
    private const int AppliedViews = 32;

    private readonly int _columns;

    // The rows each view (filters and sort, not the page) keeps, in its order. At country scale a table holds tens of
    // thousands of rows; filtering and sorting them again for every request of the same view was most of a page's time
    // under load. The lists hold references to Rows, so they live and die with this entry (one data version).
    private readonly ConcurrentDictionary<string, IReadOnlyList<TRow>> _applied = new(StringComparer.Ordinal);

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

    /// <summary>
    /// <see cref="TableView.Apply"/> of <see cref="Rows"/> with the table's own filters and columns, kept per view: the
    /// same view asked again (another page of it, or another user of the scope) is not filtered and sorted again.
    /// </summary>
    public IReadOnlyList<TRow> Applied(IReadOnlyList<TableFilter<TRow>> filters, ColumnMap<TRow> columns, TableRequest request)
    {
        var view = (request with { Page = 1 }).Key;
        if (_applied.TryGetValue(view, out var rows)) return rows;
        rows = TableView.Apply(Rows, filters, columns, request);
        if (_applied.Count >= AppliedViews) _applied.Clear();
        _applied[view] = rows;
        return rows;
    }

    public static CachedTable<TRow> From(IReadOnlyList<TRow> rows, IReadOnlyList<TableFilter<TRow>> filters, int columns) => new(rows, filters
        .Select(f => (f.Key, f.Label, (IReadOnlyList<string>)rows.SelectMany(f.OptionsOf).Distinct().Order(OptionOrder).ToList()))
        .ToList(), columns, total: null);

    /// <summary>One page of a request's rows, of <paramref name="total"/>, with the options of the filters over every row of the scope.</summary>
    public static CachedTable<TRow> OnePage(IReadOnlyList<TRow> rows, int total, IReadOnlyList<(string Key, string Label, IReadOnlyList<string> Options)> filterOptions, int columns) =>
        new(rows, filterOptions, columns, total);
}
