using System.Globalization;
using Edu.Spreadsheets;

namespace Edu.Dashboard.Tables;

/// <summary>A table's rows in one scope with the options of its filters: what the cache keeps, read once per data version.</summary>
public sealed class CachedTable
{
    private static readonly StringComparer RussianText = StringComparer.Create(CultureInfo.GetCultureInfo("ru-RU"), ignoreCase: true);

    private CachedTable(ExportTable rows, IReadOnlyList<(TableFilter Filter, IReadOnlyList<string> Options)> filterOptions)
    {
        Rows = rows;
        FilterOptions = filterOptions;
    }

    /// <summary>Every row the scope may see, unfiltered; shared between requests, so never changed.</summary>
    public ExportTable Rows { get; }

    /// <summary>The values each filter offers: those of its column among the rows.</summary>
    public IReadOnlyList<(TableFilter Filter, IReadOnlyList<string> Options)> FilterOptions { get; }

    /// <summary>Its size for the cache's limit.</summary>
    public long Cells => (long)Rows.Rows.Count * Math.Max(1, Rows.Columns.Count);

    public static CachedTable From(DashboardTable source, ExportTable rows) => new(rows, source.Filters
        .Where(f => DrillDown.IndexOf(rows, f.Column) >= 0)
        .Select(f => (f, (IReadOnlyList<string>)rows.Rows.Select(r => TableView.ValueOf(rows, f, r)).OfType<string>().Distinct().Order(RussianText).ToList()))
        .ToList());
}
