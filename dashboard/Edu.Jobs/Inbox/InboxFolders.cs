using System.Globalization;
using Microsoft.Extensions.Options;

namespace Edu.Jobs.Inbox;

/// <summary>
/// The inbox and where its files go: processing/&lt;ticket&gt;/ while queued or loading, then the archive (loaded or
/// loaded before) or the rejected folder beside a copy of the error report. Names there get the local time and,
/// when taken, a counter, so nothing is ever overwritten. Every path is built here from a ticket id and a
/// sanitized name; nothing a client sends is used as a path.
/// </summary>
public sealed class InboxFolders(IOptions<JobsOptions> options, TimeProvider time)
{
    // Dot names: FileNames.IsIgnored skips them, so they are never mistaken for the ticket's file.
    private const string UploaderFile = ".uploaded-by";
    private const string OriginalNameFile = ".original-name";
    private const string AttemptMarker = ".attempt-";

    public string Inbox => Path.GetFullPath(options.Value.InboxFolder);

    public string Processing => Path.GetFullPath(options.Value.ProcessingFolderOrDefault);

    public string Archive => Path.GetFullPath(options.Value.ArchiveFolder);

    public string Rejected => Path.GetFullPath(options.Value.RejectedFolder);

    public void EnsureExist()
    {
        foreach (var folder in new[] { Inbox, Processing, Archive, Rejected }) Directory.CreateDirectory(folder);
    }

    /// <summary>Top-level inbox files that are not someone's work in progress.</summary>
    public IReadOnlyList<FileInfo> Candidates() =>
        new DirectoryInfo(Inbox).EnumerateFiles("*", SearchOption.TopDirectoryOnly)
            .Where(f => !FileNames.IsIgnored(f.Name))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>Moves an inbox file into a ticket folder; null when it vanished meanwhile (another scan took it).</summary>
    public InboxTicket? Take(FileInfo file)
    {
        var ticket = new InboxTicket(InboxTicket.NewId(time), FileNames.Safe(file.Name));
        var folder = Directory.CreateDirectory(Path.Combine(Processing, ticket.Id)).FullName;
        try
        {
            KeepOriginalName(folder, ticket, file.Name);
            File.Move(file.FullName, Path.Combine(folder, ticket.FileName));
            return ticket;
        }
        catch (FileNotFoundException)
        {
            Directory.Delete(folder, recursive: true);
            return null;
        }
    }

    /// <summary>
    /// Stores an uploaded file as a new ticket (the upload page's way in; no stability wait, it is complete).
    /// <paramref name="uploadedBy"/> is kept beside the file before the job exists, so the load records who uploaded it.
    /// </summary>
    public InboxTicket Accept(Stream content, string clientFileName, string? uploadedBy = null)
    {
        var ticket = new InboxTicket(InboxTicket.NewId(time), FileNames.Safe(clientFileName));
        var folder = Directory.CreateDirectory(Path.Combine(Processing, ticket.Id)).FullName;
        try
        {
            if (!string.IsNullOrWhiteSpace(uploadedBy)) File.WriteAllText(Path.Combine(folder, UploaderFile), uploadedBy.Trim());
            KeepOriginalName(folder, ticket, clientFileName);
            var partial = Path.Combine(folder, ".upload.part");
            using (var target = new FileStream(partial, FileMode.CreateNew, FileAccess.Write))
            {
                content.CopyTo(target);
            }
            File.Move(partial, Path.Combine(folder, ticket.FileName));
            return ticket;
        }
        catch
        {
            // No half-made ticket stays behind to be re-queued at every start.
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    /// <summary>The name the file came with: kept beside it when the ticket's own name had to be a shorter, safe form of it.</summary>
    public static string OriginalNameOf(string ticketFile)
    {
        var sidecar = Path.Combine(Path.GetDirectoryName(ticketFile) ?? "", OriginalNameFile);
        return File.Exists(sidecar) && File.ReadAllText(sidecar).Trim() is { Length: > 0 } name ? name : Path.GetFileName(ticketFile);
    }

    private static void KeepOriginalName(string folder, InboxTicket ticket, string? clientName)
    {
        var original = FileNames.Original(clientName);
        if (original != ticket.FileName) File.WriteAllText(Path.Combine(folder, OriginalNameFile), original);
    }

    /// <summary>
    /// Counts one more attempt at loading the ticket and returns the count. Each attempt leaves an empty folder
    /// «.attempt-N» in the ticket folder: creating one is atomic and survives a killed process, so runs cut short by a
    /// restart count as well, and there is no count file to read, change and write back.
    /// </summary>
    public int CountAttempt(string ticketId)
    {
        if (!InboxTicket.IsValidId(ticketId)) throw new ArgumentException($"неверный номер задания загрузки «{ticketId}»", nameof(ticketId));
        var folder = Path.Combine(Processing, ticketId);
        var count = Directory.EnumerateDirectories(folder, AttemptMarker + "*").Count() + 1;
        Directory.CreateDirectory(Path.Combine(folder, AttemptMarker + count.ToString(CultureInfo.InvariantCulture)));
        return count;
    }

    /// <summary>Who uploaded the ticket file at <paramref name="ticketFile"/>; null for files taken from the inbox folder.</summary>
    public static string? UploaderOf(string ticketFile)
    {
        var sidecar = Path.Combine(Path.GetDirectoryName(ticketFile) ?? "", UploaderFile);
        return File.Exists(sidecar) ? File.ReadAllText(sidecar).Trim() is { Length: > 0 } user ? user : null : null;
    }

    /// <summary>The file of a ticket, or null when the ticket was finished (or never existed).</summary>
    public string? FileOf(string ticketId)
    {
        if (!InboxTicket.IsValidId(ticketId)) throw new ArgumentException($"неверный номер задания загрузки «{ticketId}»", nameof(ticketId));
        var folder = Path.Combine(Processing, ticketId);
        if (!Directory.Exists(folder)) return null;
        return Directory.EnumerateFiles(folder).Where(f => !FileNames.IsIgnored(Path.GetFileName(f))).Order(StringComparer.Ordinal).FirstOrDefault();
    }

    /// <summary>Ticket folders still holding a file: queued, loading, or left by a stopped process.</summary>
    public IReadOnlyList<InboxTicket> Pending()
    {
        if (!Directory.Exists(Processing)) return [];
        return Directory.EnumerateDirectories(Processing)
            .Select(Path.GetFileName)
            .Where(InboxTicket.IsValidId)
            .Select(id => FileOf(id!) is { } file ? new InboxTicket(id!, Path.GetFileName(file)) : null)
            .OfType<InboxTicket>()
            .OrderBy(t => t.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Moves a processed file to the archive; returns where it went.</summary>
    public string ToArchive(string path) => MoveUnique(path, Archive, Path.GetFileNameWithoutExtension(path), Path.GetExtension(path), null);

    /// <summary>Moves a rejected file to the rejected folder with a copy of its error report under the same name.</summary>
    public (string File, string? Report) ToRejected(string path, string? errorReport)
    {
        var report = errorReport is not null && File.Exists(errorReport) ? errorReport : null;
        var moved = MoveUnique(path, Rejected, Path.GetFileNameWithoutExtension(path), Path.GetExtension(path), report);
        var copied = report is null ? null : ReportBeside(moved);
        return (moved, copied);
    }

    public void Release(string ticketId)
    {
        var folder = Path.Combine(Processing, ticketId);
        if (InboxTicket.IsValidId(ticketId) && Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    /// <summary>
    /// «2025-03-01_10-15-00_Отчёт.xlsx», then «…_Отчёт (2).xlsx» while taken. The report (when given) is copied
    /// first under the same stem, so a file and its report never end up with different counters.
    /// </summary>
    private string MoveUnique(string path, string folder, string stem, string extension, string? report)
    {
        Directory.CreateDirectory(folder);
        var stamp = time.GetLocalNow().ToString("yyyy-MM-dd_HH-mm-ss", CultureInfo.InvariantCulture);
        for (var n = 1; ; n++)
        {
            var name = n == 1 ? $"{stamp}_{stem}" : $"{stamp}_{stem} ({n})";
            var target = Path.Combine(folder, name + extension);
            if (File.Exists(target) || (report is not null && File.Exists(ReportBeside(target)))) continue;
            try
            {
                if (report is not null) File.Copy(report, ReportBeside(target));
                File.Move(path, target);
                return target;
            }
            catch (IOException) when (File.Exists(target))
            {
                // Taken between the check and the move; try the next counter.
            }
        }
    }

    private static string ReportBeside(string file) =>
        Path.Combine(Path.GetDirectoryName(file)!, Path.GetFileNameWithoutExtension(file) + ".ошибки.xlsx");
}
