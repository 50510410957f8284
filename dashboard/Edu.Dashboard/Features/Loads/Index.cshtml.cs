using Edu.Dashboard.Access;
using Edu.Dashboard.Data;
using Edu.Dashboard.Setup;
using Edu.Dashboard.Tables;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Features.Loads;

/// <summary>«/loads»: upload files and read the load history. Analysts and administrators only (SPEC §9).</summary>
[Authorize(Policy = Policies.CanLoad)]
public sealed class IndexModel(DashboardDatabase database, TableRegistry tables, UploadService uploads, IOptions<DashboardOptions> options) : PageModel
{
    public TableView History { get; private set; } = null!;

    public IReadOnlyList<UploadResult> Results { get; private set; } = [];

    public UploadOptions Limits => options.Value.Upload;

    public void OnGet() => BuildHistory();

    public async Task<IActionResult> OnPostAsync(List<IFormFile> files, CancellationToken cancellation)
    {
        if (files.Count == 0)
            ModelState.AddModelError("files", "Выберите хотя бы один файл.");
        else
            Results = await uploads.LoadAsync(files, User.Login(), cancellation);
        BuildHistory();
        return Page();
    }

    private void BuildHistory()
    {
        var source = tables.Get<LoadsTable>();
        using var connection = database.Open();
        History = TableView.Build(source, source.Rows(connection, User.Scope()), TableRequest.From(Request.Query, source.Filters), "/loads", options.Value.PageSize);
    }
}
