using Edu.Dashboard.Access;
using Edu.Dashboard.Data;
using Edu.Dashboard.Setup;
using Edu.Dashboard.Tables;
using Edu.Jobs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Features.Loads;

/// <summary>
/// «/loads»: upload files into the writer queue, follow queued and running loads, read the history (each file's
/// outcome once loaded), scan the inbox now, ask for a recompute. Analysts and administrators only (SPEC §9).
/// </summary>
[Authorize(Policy = Policies.CanLoad)]
public sealed class IndexModel(
    TableReader reader,
    UploadService uploads,
    LoadQueue queue,
    JobsClient jobs,
    AuditLog audit,
    IOptions<DashboardOptions> options) : PageModel
{
    /// <summary>Seconds between automatic reloads while something is queued or running (no JavaScript needed).</summary>
    public const int RefreshSeconds = 3;

    public TableView History { get; private set; } = null!;

    public IReadOnlyList<UploadResult> Results { get; private set; } = [];

    public QueueSnapshot Queue { get; private set; } = new([], null);

    public string? Notice { get; private set; }

    public UploadOptions Limits => options.Value.Upload;

    public void OnGet() => Build();

    public IActionResult OnPost(List<IFormFile> files)
    {
        if (files.Count == 0)
            ModelState.AddModelError("files", "Выберите хотя бы один файл.");
        else
            Results = uploads.Submit(files, User.Login());
        Build();
        return Page();
    }

    public IActionResult OnPostScan()
    {
        queue.ScanInboxNow();
        audit.Record(User.Login(), AuditLog.InboxScan, null);
        Notice = "Папка входящих проверяется: готовые файлы встанут в очередь загрузки.";
        Build();
        return Page();
    }

    public IActionResult OnPostRecompute()
    {
        var job = jobs.RequestRecompute();
        audit.Record(User.Login(), AuditLog.Recompute, null, $"задание {job}");
        Notice = "Пересчёт аналитики поставлен в очередь: он выполнится после загрузок, стоящих перед ним.";
        Build();
        return Page();
    }

    private void Build()
    {
        Queue = queue.Snapshot();
        var source = reader.Get<LoadsTable>();
        History = reader.View(source, reader.Rows(source, reader.Version(), User.Scope()), TableRequest.From(Request.Query, source.FilterKeys), "/loads");
    }
}
