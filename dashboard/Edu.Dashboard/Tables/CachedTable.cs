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

    private CachedTable(IReadOnlyList<TRow> rows, IReadOnlyList<(string, string, IReadOnlyList<string>)> filterOptions, int columns, bool applied)
    {
        Rows = rows;
        FilterOptions = filterOptions;
        _columns = columns;
        Applied = applied;
    }

    /// <summary>Every row the scope may see, unfiltered (or, when <see cref="Applied"/>, those of one request); shared between requests, so never changed.</summary>
    public IReadOnlyList<TRow> Rows { get; }

    /// <summary>Whether <see cref="Rows"/> are already filtered and sorted as one request asks (a table read per request).</summary>
    public bool Applied { get; }

    public override IReadOnlyList<(string Key, string Label, IReadOnlyList<string> Options)> FilterOptions { get; }

    public override long Cells => (long)Rows.Count * Math.Max(1, _columns);

    public static CachedTable<TRow> From(IReadOnlyList<TRow> rows, IReadOnlyList<TableFilter<TRow>> filters, int columns) => new(rows, filters
        .Select(f => (f.Key, f.Label, (IReadOnlyList<string>)rows.SelectMany(f.OptionsOf).Distinct().Order(OptionOrder).ToList()))
        .ToList(), columns, applied: false);

    /// <summary>The rows one request's filters and sort give, with the options of the filters over every row of the scope.</summary>
    public static CachedTable<TRow> OfRequest(IReadOnlyList<TRow> rows, IReadOnlyList<(string Key, string Label, IReadOnlyList<string> Options)> filterOptions, int columns) =>
        new(rows, filterOptions, columns, applied: true);
}
