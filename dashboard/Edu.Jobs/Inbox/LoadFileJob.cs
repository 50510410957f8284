using System.ComponentModel;
using System.Globalization;
using Edu.Loading;
using Edu.Jobs.Progress;
using Edu.Jobs.Recompute;
using Edu.Jobs.Retries;
using Edu.Reference;
using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Edu.Jobs.Inbox;

/// <summary>
/// Loads one taken file with the real loader, then files it: archive when loaded or loaded before, rejected folder
/// with its error report when the loader rejected it. A rejection is a final outcome, not an error: the job succeeds
/// and is never retried. Only transient faults are rethrown as <see cref="TransientJobException"/> for a retry. A file
/// is never tried for ever: any other failure, and a transient one on the last allowed attempt, files it as rejected
/// with a report saying why, and the job fails (so /hangfire shows it); attempts are counted in the ticket folder,
/// so runs cut short by a restart count too.
/// </summary>
public sealed class LoadFileJob(
    InboxFolders folders,
    IFileLoader loader,
    WriterGate gate,
    LoadProgressRegistry progress,
    RecomputeRequests recompute,
    IOptions<JobsOptions> options,
    ILogger<LoadFileJob> log)
{
    /// <summary>Hangfire's retries, plus one run that a restart may have cut short.</summary>
    private int MaxAttempts => options.Value.RetryAttempts + 2;

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

        var name = InboxFolders.OriginalNameOf(path);
        var attempt = folders.CountAttempt(ticketId);
        if (attempt > MaxAttempts)
        {
            throw Fail(ticketId, path, name, null, string.Create(CultureInfo.GetCultureInfo("ru-RU"),
                $"файл не загружен: ни одна из {attempt - 1} попыток загрузки не завершилась (работа прерывалась или база данных была занята); загрузите файл снова"));
        }

        LoadOutcome outcome;
        try
        {
            using (var lease = gate.Enter($"загрузка «{Path.GetFileName(path)}»"))
            {
                var reporter = progress.Begin(ticketId, name);
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
        }
        catch (Exception e) when (!TransientFaults.IsTransient(e) || attempt >= MaxAttempts)
        {
            var reason = TransientFaults.IsTransient(e)
                ? $"файл не загружен: временный сбой повторился {attempt} раз подряд ({e.Message}); загрузите файл снова, когда база данных освободится"
                : $"файл не загружен из-за внутренней ошибки ({e.GetType().Name}: {e.Message}); сообщите администратору";
            throw Fail(ticketId, path, name, e, reason);
        }

        // Requested before the file is moved: if a move fails and the job is retried, the loader then says
        // «уже загружен» and would not ask again.
        if (outcome.Status == LoadStatus.Loaded) recompute.Request();
        var summary = File(outcome, path);
        folders.Release(ticketId);
        return summary;
    }

    /// <summary>Files a file the loader could not finish as rejected, beside a report that says why, and fails the job.</summary>
    private FiledAsRejectedException Fail(string ticketId, string path, string name, Exception? error, string reason)
    {
        log.LogError(error, "Load of {File} failed and is filed as rejected: {Reason}", name, reason);
        var report = Path.Combine(Path.GetDirectoryName(path)!, ".failure.ошибки.xlsx");
        ErrorReportWriter.Write(report, name, [new LoadProblem(name, null, null, null, reason)], 1);
        var (file, copied) = folders.ToRejected(path, report);
        folders.Release(ticketId);
        return new FiledAsRejectedException($"«{name}»: отклонён — {reason}; файл: {file}; отчёт об ошибках: {copied}", error);
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
