using System.Globalization;
using Edu.Reference;
using Edu.Spreadsheets;

namespace Edu.Dashboard.Tables;

/// <summary>A cell as the shared partial renders it: its text and, when it names a school or municipality, the link.</summary>
public sealed record CellView(string Text, string? Link);

/// <summary>One page of a filtered, sorted table with everything the shared partial needs to render it.</summary>
public sealed class TableView
{
    private static readonly StringComparer RussianText = StringComparer.Create(CultureInfo.GetCultureInfo("ru-RU"), ignoreCase: true);

    public required DashboardTable Source { get; init; }

    public required IReadOnlyList<IColumn> Columns { get; init; }

    public required TableRequest Request { get; init; }

    /// <summary>Path of the page the table is on: filter, sort and page links stay there.</summary>
    public required string PagePath { get; init; }

    /// <summary>Filters the page fixed (hidden in the form, still applied and passed to the export).</summary>
    public IReadOnlySet<string> FixedFilters { get; init; } = new HashSet<string>();

    public required IReadOnlyList<IReadOnlyList<CellView>> PageRows { get; init; }

    public required int TotalRows { get; init; }

    public required int PageCount { get; init; }

    public required IReadOnlyList<(string Key, string Label, IReadOnlyList<string> Options)> FilterOptions { get; init; }

    /// <summary>The keys of the filters that show their latest value unless asked: their «Все» option is explicit.</summary>
    public IReadOnlySet<string> DefaultedFilters { get; init; } = new HashSet<string>();

    public string ExportUrl => "/export/" + Source.Name + Request.Query(("page", null));

    public static TableView Build<TRow>(DashboardTable<TRow> source, CachedTable<TRow> rows, TableRequest request, string pagePath, int pageSize,
        RegionClock clock, IReadOnlySet<string>? fixedFilters = null)
    {
        request = WithDefaults(request, source.Filters, rows.FilterOptions);
        // A table paged in the query holds the request's page only.
        var filtered = rows.Total is null ? rows.Applied(source.Filters, source.Columns, request) : rows.Rows;
        var total = rows.Total ?? filtered.Count;
        var pageCount = PagesOf(total, pageSize);
        var page = Math.Min(request.Page, pageCount);
        return new TableView
        {
            Source = source,
            Columns = source.Columns,
            Request = request with { Page = page },
            PagePath = pagePath,
            FixedFilters = fixedFilters ?? new HashSet<string>(),
            PageRows = (rows.Total is null ? filtered.Skip((page - 1) * pageSize).Take(pageSize) : filtered)
                .Select(row => (IReadOnlyList<CellView>)source.Columns.Select(c => new CellView(Text(c.Value(row), c, clock), source.Link(row, c))).ToList())
                .ToList(),
            TotalRows = total,
            PageCount = pageCount,
            FilterOptions = rows.FilterOptions,
            DefaultedFilters = source.Filters.Where(f => f.DefaultsToLatest).Select(f => f.Key).ToHashSet(StringComparer.Ordinal),
        };
    }

    /// <summary>How many pages <paramref name="rows"/> take; one when there are none.</summary>
    public static int PagesOf(long rows, int pageSize) => (int)Math.Max(1, (rows + pageSize - 1) / pageSize);

    /// <summary>
    /// The request with the latest value of every filter that defaults to it and is not chosen: the page, its links and its
    /// download then all say which year is shown.
    /// </summary>
    public static TableRequest WithDefaults<TRow>(TableRequest request, IReadOnlyList<TableFilter<TRow>> filters,
        IReadOnlyList<(string Key, string Label, IReadOnlyList<string> Options)> options)
    {
        foreach (var filter in filters.Where(f => f.DefaultsToLatest && !request.Filters.ContainsKey(f.Key)))
        {
            if (options.FirstOrDefault(o => o.Key == filter.Key).Options is { Count: > 0 } values)
                request = request.With(filter.Key, values.Max(StringComparer.Ordinal)!);
        }
        return request;
    }

    /// <summary>The rows that pass the request's filters, in the requested order (the export uses this too).</summary>
    public static IReadOnlyList<TRow> Apply<TRow>(IReadOnlyList<TRow> rows, IReadOnlyList<TableFilter<TRow>> filters, ColumnMap<TRow> columns, TableRequest request)
    {
        IEnumerable<TRow> result = rows;
        foreach (var filter in filters)
        {
            if (request.Filters.TryGetValue(filter.Key, out var wanted) && wanted != TableFilters.All)
                result = result.Where(r => filter.Passes(r, wanted));
        }
        if (request.Sort is not null && columns.Find(request.Sort) is { } sort)
        {
            // Empty cells last in either direction: a descending sort by an index starts with the highest, not with the schools without one.
            var ordered = result.OrderBy(r => sort.Value(r) is null);
            result = request.Descending ? ordered.ThenByDescending(sort.Value, CellComparer.Instance) : ordered.ThenBy(sort.Value, CellComparer.Instance);
        }
        return result.ToList();
    }

    /// <summary>A cell as the page shows it: Russian numbers and dates, «да»/«нет»; a moment in time in the region's zone.</summary>
    public static string Text(object? value, IColumn column, RegionClock clock) =>
        value is DateTime utc && column.Type == ColumnType.DateTime ? clock.Format(utc) : CellText.Of(value, column, CellText.PageNumber);

    public static bool IsNumeric(IColumn column) => column.Type is ColumnType.Integer or ColumnType.Number;

    /// <summary>Orders cells: numbers as numbers, dates as dates, text the Russian way, empty cells last.</summary>
    private sealed class CellComparer : IComparer<object?>
    {
        public static readonly CellComparer Instance = new();

        public int Compare(object? x, object? y)
        {
            if (x is null || y is null) return x is null ? (y is null ? 0 : 1) : -1;
            if (x is string a && y is string b) return RussianText.Compare(a, b);
            if (x is IConvertible && y is IConvertible && x is not string && y is not string && x is not DateTime && y is not DateTime)
                return Convert.ToDouble(x, CultureInfo.InvariantCulture).CompareTo(Convert.ToDouble(y, CultureInfo.InvariantCulture));
            if (x is IComparable c && x.GetType() == y.GetType()) return c.CompareTo(y);
            return RussianText.Compare(Convert.ToString(x, CultureInfo.InvariantCulture), Convert.ToString(y, CultureInfo.InvariantCulture));
        }
    }
}
