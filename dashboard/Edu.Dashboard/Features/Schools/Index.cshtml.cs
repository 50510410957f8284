using Edu.Dashboard.Access;
using Edu.Dashboard.Data;
using Edu.Dashboard.Setup;
using Edu.Dashboard.Tables;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Features.Schools;

public sealed class IndexModel(DashboardDatabase database, TableRegistry tables, IOptions<DashboardOptions> options) : PageModel
{
    public TableView Table { get; private set; } = null!;

    public void OnGet()
    {
        var source = tables.Get<SchoolsTable>();
        using var connection = database.Open();
        Table = TableView.Build(source, source.Rows(connection, User.Scope()), TableRequest.From(Request.Query, source.Filters), "/schools", options.Value.PageSize);
    }
}
