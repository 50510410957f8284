using System.Globalization;
using Edu.Dashboard.Data;
using Edu.Dashboard.Features.Shared;
using Edu.Dashboard.Setup;
using Edu.Jobs;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Features.Loads;

/// <summary>What became of one uploaded file at submission: queued for the writer, or refused with the reason.</summary>
public sealed record UploadResult(string File, bool Queued, string Message);

/// <summary>
/// Browser uploads (SPEC §9): only spreadsheet kinds, a size limit, and the client's file name never reaches the
/// file system — only its cleaned last segment, inside a ticket folder of a generated name (JobsClient.Submit).
/// Accepted files are loaded by the writer queue, never inside the request, so a web upload cannot overlap a load
/// or recompute of the jobs: DuckDB allows one writer, and the queue has one worker.
/// </summary>
public sealed class UploadService(JobsClient jobs, AuditLog audit, IOptions<DashboardOptions> options, ILogger<UploadService> logger)
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public IReadOnlyList<UploadResult> Submit(IReadOnlyList<IFormFile> files, string user)
    {
        var limits = options.Value.Upload;
        if (files.Count > limits.MaxFiles)
            return [Refused(user, "—", string.Create(Russian, $"за один раз можно загрузить не более {limits.MaxFiles} {RussianPlural.Of(limits.MaxFiles, "файла", "файлов", "файлов")}, выбрано {files.Count}"))];

        var results = new List<UploadResult>();
        // In the order chosen: the queue is first in, first out, so files of one kind load in the analyst's order.
        foreach (var file in files)
        {
            var name = ClientName(file.FileName);
            if (!UploadOptions.Extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                results.Add(Refused(user, name, "допускаются только файлы Excel и CSV (.xlsx, .xls, .csv)"));
            else if (file.Length > limits.MaxFileBytes)
                results.Add(Refused(user, name, string.Create(Russian, $"файл больше допустимого размера: {file.Length / 1048576.0:0.##} МБ при пределе {limits.MaxFileMegabytes:0.###} МБ")));
            else if (file.Length == 0)
                results.Add(Refused(user, name, "файл пуст"));
            else
                results.Add(Queue(file, name, user));
        }
        return results;
    }

    private UploadResult Queue(IFormFile file, string name, string user)
    {
        string job;
        try
        {
            using var content = file.OpenReadStream();
            job = jobs.Submit(content, file.FileName, user);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // One file the server cannot store (a full disk, a folder without rights) is refused; the others still go.
            logger.LogError(e, "Upload {File} by {User} could not be stored", name, user);
            return Refused(user, name, "файл не удалось сохранить на сервере для загрузки; повторите позже или сообщите администратору");
        }
        audit.Record(user, AuditLog.Load, name, $"поставлен в очередь загрузки; задание {job}");
        logger.LogInformation("Upload {File} by {User} queued as job {Job}", name, user, job);
        return new UploadResult(name, true, "поставлен в очередь загрузки");
    }

    private UploadResult Refused(string user, string name, string message)
    {
        audit.Record(user, AuditLog.UploadRefused, name, message);
        return new UploadResult(name, false, message);
    }

    /// <summary>
    /// The bare file name as the browser sent it, for messages only (some browsers send a whole Windows path); a long
    /// one is shortened in the middle, so its extension — which decides whether it is accepted — stays.
    /// </summary>
    public static string ClientName(string? fileName)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..].Trim();
        name = new string(name.Where(ch => !char.IsControl(ch)).ToArray());
        if (name.Length == 0) return "без имени";
        if (name.Length <= 200) return name;
        var extension = Path.GetExtension(name);
        return extension.Length <= 10 ? name[..(199 - extension.Length)] + "…" + extension : name[..200];
    }
}

public static class UploadSetup
{
    public static IServiceCollection AddUploads(this IServiceCollection services) => services.AddSingleton<UploadService>().AddSingleton<LoadQueue>();
}
