using Edu.Dashboard.Access;
using Edu.Dashboard.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Edu.Dashboard.Tables;

/// <summary>What every table page does on GET: its table's cached rows in the user's scope, then filtered, sorted and paged.</summary>
public abstract class TablePageModel<TTable>(TableReader reader) : PageModel
    where TTable : DashboardTable
{
    public TableView Table { get; private set; } = null!;

    public UserScope Scope => User.Scope();

    /// <summary>The page's table definition.</summary>
    protected TTable Source { get; private set; } = null!;

    protected TableReader Reader => reader;

    /// <summary>The data version this request reads; the key of whatever else the page caches.</summary>
    protected DataVersion Version { get; private set; }

    public void OnGet()
    {
        var source = Source = reader.Get<TTable>();
        Version = reader.Version();
        var (rows, request) = reader.Read(source, Version, Scope, TableRequest.From(Request.Query, source.FilterKeys));
        Table = reader.View(source, rows, request, Request.Path.Value ?? "/");
        Extra();
    }

    /// <summary>Anything else the page reads (charts' parameters, side tables), through the cache at <see cref="Version"/>.</summary>
    protected virtual void Extra()
    {
    }

    /// <summary>The value of one of the table's filters in this request, if set.</summary>
    public string? Filter(string key) => Table.Request.Filters.GetValueOrDefault(key);
}
