using System.ComponentModel;
using System.Globalization;
using Edu.Loading;
using Edu.Jobs.Progress;
using Edu.Jobs.Recompute;
using Edu.Jobs.Retries;
using Edu.Reference;
using Hangfire;
using Microsoft.Extensions.Logging;

namespace Edu.Jobs.Inbox;

/// <summary>
/// Loads one taken file with the real loader, then files it: archive when loaded or loaded before, rejected folder
/// with its error report when the loader rejected it. A rejection is a final outcome, not an error: the job succeeds
/// and is never retried. Only transient faults are rethrown as <see cref="TransientJobException"/> for a retry; on
/// any failure the file stays in its ticket folder, so «Повторить» on the Hangfire dashboard loads it again.
/// </summary>
public sealed class LoadFileJob(
    InboxFolders folders,
    IFileLoader loader,
    WriterGate gate,
    LoadProgressRegistry progress,
    RecomputeRequests recompute,
    ILogger<LoadFileJob> log)
{
    /// <param name="ticketId">The ticket folder to load; the only input that locates the file.</param>
    /// <param name="fileName">For the dashboard's job list only; never used as a path.</param>
    [Queue(JobQueues.DuckDbWriter)]
    [DisplayName("Загрузка файла «{1}»")]
    public string Run(string ticketId, string fileName)
    {
        try
        {
            return LoadAndFile(ticketId, fileName);
        }
        catch (Exception e) when (TransientFaults.IsTransient(e) && e is not TransientJobException)
        {
            log.LogWarning(e, "Load of {File} hit a transient fault; it will be retried", fileName);
            throw new TransientJobException(e);
        }
    }

    private string LoadAndFile(string ticketId, string fileName)
    {
        var path = folders.FileOf(ticketId);
        if (path is null)
        {
            folders.Release(ticketId);
            return $"«{fileName}»: уже обработан ранее";
        }

        LoadOutcome outcome;
        using (var lease = gate.Enter($"загрузка «{Path.GetFileName(path)}»"))
        {
            var reporter = progress.Begin(ticketId, Path.GetFileName(path));
            try
            {
                outcome = loader.Load(path, reporter);
            }
            finally
            {
                progress.End(ticketId);
            }
            // Even a rejection is published: the load history on every instance shows it with its error report.
            lease.Publish();
        }

        // Requested before the file is moved: if a move fails and the job is retried, the loader then says
        // «уже загружен» and would not ask again.
        if (outcome.Status == LoadStatus.Loaded) recompute.Request();
        var summary = File(outcome, path);
        folders.Release(ticketId);
        return summary;
    }

    private string File(LoadOutcome outcome, string path)
    {
        var ru = CultureInfo.GetCultureInfo("ru-RU");
        switch (outcome.Status)
        {
            case LoadStatus.Rejected:
                var (file, report) = folders.ToRejected(path, outcome.ErrorReportPath);
                log.LogInformation("Rejected {File}: {Problems} problems; moved to {Target}", outcome.File, outcome.ProblemCount, file);
                return string.Create(ru, $"«{outcome.File}»: отклонён — ошибок {outcome.ProblemCount:N0}; файл: {file}; отчёт об ошибках: {report ?? outcome.ErrorReportPath}");
            case LoadStatus.AlreadyLoaded:
                var same = folders.ToArchive(path);
                return $"«{outcome.File}»: уже загружен ранее (тот же файл), ничего не изменено; файл: {same}";
            default:
                var archived = folders.ToArchive(path);
                return string.Create(ru, $"«{outcome.File}»: загружен — строк {outcome.Rows:N0} ({outcome.Scope}); файл: {archived}");
        }
    }
}
