using DuckDB.NET.Data;
using Edu.Dashboard.Access;
using Edu.Dashboard.Data;
using Edu.Dashboard.Setup;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Tables;

/// <summary>What every table page does on GET: its table read in the user's scope, then filtered, sorted and paged.</summary>
public abstract class TablePageModel<TTable>(DashboardDatabase database, TableRegistry tables, IOptions<DashboardOptions> options) : PageModel
    where TTable : DashboardTable
{
    public TableView Table { get; private set; } = null!;

    public UserScope Scope => User.Scope();

    /// <summary>The page's table definition.</summary>
    protected TTable Source { get; private set; } = null!;

    public void OnGet()
    {
        var source = Source = tables.Get<TTable>();
        using var connection = database.Open();
        Table = TableView.Build(source, source.Rows(connection, Scope), TableRequest.From(Request.Query, source.Filters), Request.Path.Value ?? "/", options.Value.PageSize);
        Extra(connection);
    }

    /// <summary>Anything else the page reads from the same connection (charts' parameters, side tables).</summary>
    protected virtual void Extra(DuckDBConnection connection)
    {
    }

    /// <summary>The value of one of the table's filters in this request, if set.</summary>
    public string? Filter(string key) => Table.Request.Filters.GetValueOrDefault(key);
}
