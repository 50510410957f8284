using System.Globalization;

namespace Edu.Dashboard.Tables;

/// <summary>A table's rows in one scope with the options of its filters: what the cache keeps, read once per data version.</summary>
public abstract class CachedTable
{
    /// <summary>The values each filter offers (by key): those it takes among the rows.</summary>
    public abstract IReadOnlyList<(string Key, string Label, IReadOnlyList<string> Options)> FilterOptions { get; }

    /// <summary>Its size for the cache's limit.</summary>
    public abstract long Cells { get; }
}

public sealed class CachedTable<TRow> : CachedTable
{
    private static readonly StringComparer RussianText = StringComparer.Create(CultureInfo.GetCultureInfo("ru-RU"), ignoreCase: true);

    private readonly int _columns;

    private CachedTable(IReadOnlyList<TRow> rows, IReadOnlyList<(string, string, IReadOnlyList<string>)> filterOptions, int columns)
    {
        Rows = rows;
        FilterOptions = filterOptions;
        _columns = columns;
    }

    /// <summary>Every row the scope may see, unfiltered; shared between requests, so never changed.</summary>
    public IReadOnlyList<TRow> Rows { get; }

    public override IReadOnlyList<(string Key, string Label, IReadOnlyList<string> Options)> FilterOptions { get; }

    public override long Cells => (long)Rows.Count * Math.Max(1, _columns);

    public static CachedTable<TRow> From(IReadOnlyList<TRow> rows, IReadOnlyList<TableFilter<TRow>> filters, int columns) => new(rows, filters
        .Select(f => (f.Key, f.Label, (IReadOnlyList<string>)rows.SelectMany(f.OptionsOf).Distinct().Order(RussianText).ToList()))
        .ToList(), columns);
}
