using System.Globalization;
using Edu.Dashboard.Features.Shared;
using Edu.Spreadsheets;

namespace Edu.Dashboard.Tables;

/// <summary>One page of a filtered, sorted table with everything the shared partial needs to render it.</summary>
public sealed class TableView
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");
    private static readonly StringComparer RussianText = StringComparer.Create(Russian, ignoreCase: true);

    public required DashboardTable Source { get; init; }

    public required ExportTable Table { get; init; }

    public required TableRequest Request { get; init; }

    /// <summary>Path of the page the table is on: filter, sort and page links stay there.</summary>
    public required string PagePath { get; init; }

    /// <summary>Filters the page fixed (hidden in the form, still applied and passed to the export).</summary>
    public IReadOnlySet<string> FixedFilters { get; init; } = new HashSet<string>();

    public required IReadOnlyList<object?[]> PageRows { get; init; }

    public required int TotalRows { get; init; }

    public required int PageCount { get; init; }

    public required IReadOnlyList<(TableFilter Filter, IReadOnlyList<string> Options)> FilterOptions { get; init; }

    public string ExportUrl => "/export/" + Source.Name + Request.Query(("page", null));

    /// <summary>Shows times in the region's zone.</summary>
    public required RegionTime Clock { get; init; }

    public static TableView Build(DashboardTable source, CachedTable rows, TableRequest request, string pagePath, int pageSize, RegionTime clock,
        IReadOnlySet<string>? fixedFilters = null)
    {
        var filtered = Apply(rows.Rows, source.Filters, request);
        var pageCount = Math.Max(1, (filtered.Rows.Count + pageSize - 1) / pageSize);
        var page = Math.Min(request.Page, pageCount);
        return new TableView
        {
            Source = source,
            Table = filtered,
            Request = request with { Page = page },
            PagePath = pagePath,
            FixedFilters = fixedFilters ?? new HashSet<string>(),
            PageRows = filtered.Rows.Skip((page - 1) * pageSize).Take(pageSize).ToList(),
            TotalRows = filtered.Rows.Count,
            PageCount = pageCount,
            FilterOptions = rows.FilterOptions,
            Clock = clock,
        };
    }

    /// <summary>The rows that pass the request's filters, in the requested order (the export uses this too).</summary>
    public static ExportTable Apply(ExportTable table, IReadOnlyList<TableFilter> filters, TableRequest request)
    {
        IEnumerable<object?[]> rows = table.Rows;
        foreach (var filter in filters)
        {
            if (!request.Filters.TryGetValue(filter.Key, out var wanted)) continue;
            var column = DrillDown.IndexOf(table, filter.Column);
            // A filter on a column the table lacks matches nothing rather than everything.
            rows = column < 0 ? [] : rows.Where(r => string.Equals(ValueOf(table, filter, column, r), wanted, StringComparison.Ordinal)).ToList();
        }
        var sort = request.Sort is null ? -1 : DrillDown.IndexOf(table, request.Sort);
        if (sort >= 0)
            rows = request.Descending ? rows.OrderByDescending(r => r[sort], CellComparer.Instance) : rows.OrderBy(r => r[sort], CellComparer.Instance);
        return table with { Rows = rows.ToList() };
    }

    /// <summary>The value a filter sees in a row: its projection of the cell, or the cell's text.</summary>
    public static string? ValueOf(ExportTable table, TableFilter filter, object?[] row) =>
        ValueOf(table, filter, DrillDown.IndexOf(table, filter.Column), row);

    private static string? ValueOf(ExportTable table, TableFilter filter, int column, object?[] row)
    {
        if (column < 0) return null;
        return filter.Project is { } project ? project(row[column]) : Text(row[column], table.Columns[column]);
    }

    /// <summary>A cell as the page shows it; a moment in time (a DateTime column, stored in UTC) in the region's zone.</summary>
    public string Cell(object?[] row, int column)
    {
        var value = column < row.Length ? row[column] : null;
        var type = Table.Columns[column];
        return value is DateTime utc && type.Type == ExportType.DateTime ? Clock.Format(utc) : Text(value, type);
    }

    /// <summary>A cell as the page shows it: Russian numbers and dates, «да»/«нет».</summary>
    public static string Text(object? value, ExportColumn column) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "да" : "нет",
        DateOnly d => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString(column.Type == ExportType.Date ? "dd.MM.yyyy" : "dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(column.Type == ExportType.Integer ? "0" : "0.##", Russian),
        _ => value.ToString() ?? "",
    };

    public static bool IsNumeric(ExportColumn column) => column.Type is ExportType.Integer or ExportType.Number;

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
