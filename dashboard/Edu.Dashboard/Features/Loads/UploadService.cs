using System.Globalization;
using Edu.Dashboard.Data;
using Edu.Dashboard.Setup;
using Edu.Etl.Headers;
using Edu.Etl.Loading;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Features.Loads;

/// <summary>What became of one uploaded file, ready for the page.</summary>
public sealed record UploadResult(string File, string Status, string? Kind, int Rows, string? Scope, IReadOnlyList<string> Problems, int ProblemCount, long? LoadId, bool HasReport)
{
    public bool Rejected => Status == LoadOutcome.StatusText(LoadStatus.Rejected);
}

/// <summary>
/// Browser uploads (SPEC §9): only spreadsheet kinds, a size limit, and the client's file name never reaches
/// the file system — each file is stored under a generated name, loaded by the real Loader under its
/// original name, then removed (the loader keeps its own archive copy).
/// </summary>
public sealed class UploadService(DashboardDatabase database, AuditLog audit, IOptions<DashboardOptions> options, ILogger<UploadService> logger)
{
    // DuckDB takes one writer at a time; a second upload waits for the first instead of failing.
    private static readonly SemaphoreSlim OneWriter = new(1, 1);
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public async Task<IReadOnlyList<UploadResult>> LoadAsync(IReadOnlyList<IFormFile> files, string user, CancellationToken cancellation)
    {
        var limits = options.Value.Upload;
        var results = new List<UploadResult>();
        if (files.Count > limits.MaxFiles)
            return [Refused(user, "—", string.Create(Russian, $"за один раз можно загрузить не более {limits.MaxFiles} файлов, выбрано {files.Count}"))];

        var folder = Path.Combine(database.Database.DataDirectory, "uploads");
        Directory.CreateDirectory(folder);
        var accepted = new List<InputFile>();
        try
        {
            foreach (var (file, i) in files.Select((f, i) => (f, i)))
            {
                var name = ClientName(file.FileName);
                var extension = UploadOptions.Extensions.FirstOrDefault(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));
                if (extension is null)
                {
                    results.Add(Refused(user, name, "допускаются только файлы Excel и CSV (.xlsx, .xls, .csv)"));
                    continue;
                }
                if (file.Length > limits.MaxFileBytes)
                {
                    results.Add(Refused(user, name, string.Create(Russian, $"файл больше допустимого размера: {file.Length / 1048576.0:0.##} МБ при пределе {limits.MaxFileMegabytes:0.###} МБ")));
                    continue;
                }
                if (file.Length == 0)
                {
                    results.Add(Refused(user, name, "файл пуст"));
                    continue;
                }
                // Generated name: the order prefix keeps the analyst's order among files of the same kind.
                var stored = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{i:D3}_{Guid.NewGuid():N}{extension}"));
                await using (var target = File.Create(stored)) await file.CopyToAsync(target, cancellation);
                accepted.Add(new InputFile(stored, name));
            }
            if (accepted.Count > 0) results.AddRange(await LoadAcceptedAsync(accepted, user, cancellation));
        }
        finally
        {
            foreach (var f in accepted) File.Delete(f.Path);
        }
        return results;
    }

    private async Task<IReadOnlyList<UploadResult>> LoadAcceptedAsync(IReadOnlyList<InputFile> files, string user, CancellationToken cancellation)
    {
        await OneWriter.WaitAsync(cancellation);
        try
        {
            var outcomes = await Task.Run(() => database.Loader(user).LoadAll(files), cancellation);
            using var connection = database.Open();
            foreach (var o in outcomes)
            {
                audit.Record(connection, user, AuditLog.Load, o.File, string.Create(Russian, $"{o.StatusText()}; строк {o.Rows}; ошибок {o.ProblemCount}; загрузка {o.LoadId}"));
                logger.LogInformation("Upload {File} by {User}: {Outcome}, {Rows} rows, {Problems} problems", o.File, user, o.Status, o.Rows, o.ProblemCount);
            }
            return outcomes.Select(o => new UploadResult(o.File, o.StatusText(), o.Kind?.ToRussian(), o.Rows, o.Scope,
                o.Problems.Select(p => p.ToString()).ToList(), o.ProblemCount, o.LoadId, o.ErrorReportPath is not null)).ToList();
        }
        finally
        {
            OneWriter.Release();
        }
    }

    private UploadResult Refused(string user, string name, string message)
    {
        audit.Record(user, AuditLog.UploadRefused, name, message);
        return new UploadResult(name, LoadOutcome.StatusText(LoadStatus.Rejected), null, 0, null, [$"{name}: {message}"], 1, null, false);
    }

    /// <summary>The bare file name as the browser sent it, for messages only (some browsers send a whole Windows path).</summary>
    public static string ClientName(string? fileName)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..].Trim();
        name = new string(name.Where(ch => !char.IsControl(ch)).ToArray());
        return name.Length == 0 ? "без имени" : name.Length > 200 ? name[..200] : name;
    }
}

public static class UploadSetup
{
    public static IServiceCollection AddUploads(this IServiceCollection services) => services.AddSingleton<UploadService>();
}
