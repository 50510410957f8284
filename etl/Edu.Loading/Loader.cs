using System.Security.Cryptography;
using DuckDB.NET.Data;
using Edu.Loading.Headers;
using Edu.Loading.Parsing;
using Edu.Loading.Reading;
using Edu.Reference;
using Edu.Storage;

namespace Edu.Loading;

/// <summary>
/// Loads files into the database with the semantics of SPEC §3: the whole file is validated and
/// written in one transaction or not at all; the same content twice changes nothing; a corrected
/// file replaces exactly its scope; every original is archived and every attempt recorded.
/// </summary>
public sealed class Loader(Database database, LoadSettings settings, MunicipalityDirectory municipalities, TimeProvider time)
{
    private readonly HeaderDetector _detector = new(KindCatalog.Default);
    private readonly ParticipantHasher _hasher = new(settings.Salt);

    /// <summary>Loads files and folders (recursively); reference data first, so results find their schools.</summary>
    public IReadOnlyList<LoadOutcome> LoadAll(IEnumerable<string> paths, IProgress<LoadProgress>? progress = null, Action<LoadOutcome>? onFile = null) =>
        LoadAll(paths.SelectMany(Expand).Select(f => new InputFile(f, Path.GetFileName(f))).ToList(), progress, onFile);

    /// <summary>Loads files stored under names of our choosing, each reported under the name it came with.</summary>
    public IReadOnlyList<LoadOutcome> LoadAll(IReadOnlyList<InputFile> files, IProgress<LoadProgress>? progress = null, Action<LoadOutcome>? onFile = null)
    {
        var ordered = files.Count > 1 ? files.OrderBy(f => PeekKind(f.Path)).ThenBy(f => f.Path, StringComparer.Ordinal).ToList() : files;
        var outcomes = new List<LoadOutcome>();
        foreach (var file in ordered)
        {
            var outcome = Load(file.Path, file.Name, progress);
            onFile?.Invoke(outcome);
            outcomes.Add(outcome);
        }
        return outcomes;
    }

    public LoadOutcome Load(string path, IProgress<LoadProgress>? progress = null) => Load(path, Path.GetFileName(path), progress);

    /// <summary>
    /// Loads a file stored under a name of our choosing (a browser upload) while messages, the load
    /// history and the error report speak of the name the analyst knows it by.
    /// </summary>
    public LoadOutcome Load(string path, string fileName, IProgress<LoadProgress>? progress = null)
    {
        using var connection = database.Open();
        if (!File.Exists(path))
        {
            var missing = new ProblemList();
            missing.Add(new LoadProblem(fileName, null, null, null, "файл не найден"));
            return Reject(new LoadAttempt(connection, fileName, path, "", missing), null, null);
        }
        var hash = Hash(path);

        var earlier = connection.Scalar<long?>("SELECT max(load_id) FROM loads WHERE file_hash = $p0 AND outcome = $p1", hash, LoadOutcome.StatusText(LoadStatus.Loaded));
        if (earlier is not null)
        {
            var id = Record(connection, fileName, null, hash, null, 0, LoadStatus.AlreadyLoaded, 0, null, null);
            return new LoadOutcome(fileName, LoadStatus.AlreadyLoaded, null, 0, null, [], 0, null, id);
        }

        var problems = new ProblemList();
        var attempt = new LoadAttempt(connection, fileName, path, hash, problems);
        try
        {
            return Run(attempt, progress);
        }
        catch (UnreadableFileException e)
        {
            problems.Add(new LoadProblem(fileName, null, null, null, e.Message));
            return Reject(attempt, null, null);
        }
    }

    private LoadOutcome Run(LoadAttempt attempt, IProgress<LoadProgress>? progress)
    {
        var (connection, fileName, path, hash, problems) = attempt;
        using var reader = SpreadsheetReader.Open(path, settings.Limits);
        using var tx = connection.BeginTransaction();
        var loadId = NextLoadId(connection);
        var context = new LoadContext(connection, loadId, fileName, problems, SchoolRegistry.Read(connection), municipalities, SubjectDirectory.Default, _hasher);
        KindLoader? loader = null;
        using var archive = new ArchiveCopy(ArchiveDirectory, hash, path, reader.Format);
        var sheetProblems = new List<LoadProblem>();
        var rows = 0;
        var lastReport = time.GetTimestamp();
        try
        {
            try
            {
            foreach (var (sheetName, sheetRows) in reader.Sheets())
            {
                var sheet = new SheetScope(fileName, sheetName, problems);
                using var enumerator = sheetRows.GetEnumerator();
                var head = new List<SheetRow>();
                while (head.Count < HeaderDetector.ScanRows && enumerator.MoveNext()) head.Add(enumerator.Current);
                if (head.All(r => r.IsBlank)) continue;

                var detection = _detector.Detect(head);
                if (detection.Layout is not { } layout)
                {
                    sheetProblems.Add(new LoadProblem(fileName, sheetName, null, null, detection.Problem!));
                    archive.Drain(sheetName, head, enumerator);
                    continue;
                }
                if (loader is not null && loader.Kind != layout.Kind.Kind)
                {
                    problems.Add(new LoadProblem(fileName, sheetName, null, null,
                        $"лист содержит «{layout.Kind.Title}», а предыдущие листы — «{KindCatalog.Default[loader.Kind].Title}»; загружайте разные виды данных отдельными файлами"));
                    break;
                }
                loader ??= KindLoaders.Create(layout.Kind.Kind, context);
                loader.BeginSheet(layout, sheet);

                var personal = layout.Kind.Columns.Where(c => c.Personal && layout.Columns.ContainsKey(c.Key)).Select(c => layout.Columns[c.Key]).ToHashSet();
                foreach (var row in archive.Sheet(sheetName, head, enumerator, personal))
                {
                    if (row.Number < layout.FirstDataRow || IsBlank(row) || IsTotalRow(row)) continue;
                    loader.Row(new RowView(row, layout, sheet));
                    rows++;
                    if (progress is not null && time.GetElapsedTime(lastReport) > TimeSpan.FromMilliseconds(500))
                    {
                        progress.Report(new LoadProgress(fileName, rows, reader.Position));
                        lastReport = time.GetTimestamp();
                    }
                }
            }
            }
            catch (UnreadableFileException e)
            {
                problems.Add(new LoadProblem(fileName, null, null, null, e.Message));
            }

            if (loader is null)
            {
                foreach (var p in sheetProblems) problems.Add(p);
                if (!problems.Any) problems.Add(new LoadProblem(fileName, null, null, null, "файл не содержит данных: все листы пусты"));
            }
            else
            {
                loader.Complete(new SheetScope(fileName, "", problems));
                if (!problems.Any && loader.Rows == 0)
                    problems.Add(new LoadProblem(fileName, null, null, null, "нет ни одной строки с данными под заголовком"));
            }

            loader?.FlushAppenders();
            if (problems.Any)
            {
                tx.Rollback();
                return Reject(attempt, loader?.Kind, archive);
            }

            loader!.ReplaceSuperseded();
            var archived = archive.Keep();
            Record(connection, fileName, loader.Kind, hash, loader.Scope, loader.Rows, LoadStatus.Loaded, 0, archived, null, loadId);
            tx.Commit();
            progress?.Report(new LoadProgress(fileName, rows, 1));
            return new LoadOutcome(fileName, LoadStatus.Loaded, loader.Kind, loader.Rows, loader.Scope, [], 0, null, loadId);
        }
        finally
        {
            loader?.Dispose();
        }
    }

    private LoadOutcome Reject(LoadAttempt attempt, FileKind? kind, ArchiveCopy? archive)
    {
        var (connection, fileName, path, hash, problems) = attempt;
        string? archived = hash.Length == 0 ? null : archive?.Keep() ?? ArchiveCopy.KeepOriginal(ArchiveDirectory, hash, path);
        var reportName = $"{time.GetUtcNow():yyyyMMddHHmmss}_{(hash.Length == 0 ? "none" : hash[..16])}_{SafeStem(fileName)}.ошибки.xlsx";
        var reportPath = Path.Combine(database.DataDirectory, "error-reports", reportName);
        ErrorReportWriter.Write(reportPath, fileName, problems.Items, problems.Total);
        var id = Record(connection, fileName, kind, hash, null, 0, LoadStatus.Rejected, problems.Total, archived, reportPath);
        return new LoadOutcome(fileName, LoadStatus.Rejected, kind, 0, null, problems.Items, problems.Total, reportPath, id);
    }

    // The name may come from a browser: only letters, digits and a few separators reach the file system.
    private static string SafeStem(string fileName)
    {
        var stem = new string(Path.GetFileNameWithoutExtension(fileName)
            .Select(ch => char.IsLetterOrDigit(ch) || ch is ' ' or '-' or '_' ? ch : '_').ToArray()).Trim();
        return stem.Length == 0 ? "file" : stem.Length > 60 ? stem[..60] : stem;
    }

    private string ArchiveDirectory => Path.Combine(database.DataDirectory, "archive");

    private long Record(DuckDBConnection connection, string fileName, FileKind? kind, string hash, string? scope, int rows,
        LoadStatus status, int errors, string? archivePath, string? reportPath, long? loadId = null)
    {
        var id = loadId ?? NextLoadId(connection);
        connection.Execute(
            "INSERT INTO loads VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11)",
            id, time.GetUtcNow().UtcDateTime, fileName, kind?.Code(), hash, scope, rows, LoadOutcome.StatusText(status), errors, settings.User,
            archivePath, reportPath);
        return id;
    }

    private static long NextLoadId(DuckDBConnection connection) => connection.Scalar<long>("SELECT coalesce(max(load_id), 0) + 1 FROM loads");

    /// <summary>
    /// Blank is a row with no key at all: every cell empty or a missing-value code («-», «н/д» across the row).
    /// A row that names its key is data even when every value is missing (SPEC §3: «нет данных», NULLs).
    /// </summary>
    private static bool IsBlank(SheetRow row) =>
        row.Cells.All(c => c is null || (c is string s && MissingValues.IsMissing(s)));

    private static bool IsTotalRow(SheetRow row)
    {
        foreach (var cell in row.Cells.Take(4))
        {
            if (cell is not string s || string.IsNullOrWhiteSpace(s)) continue;
            var t = s.Trim().ToLowerInvariant();
            return t.StartsWith("итого", StringComparison.Ordinal) || t.StartsWith("всего", StringComparison.Ordinal);
        }
        return false;
    }

    private FileKind PeekKind(string path)
    {
        try
        {
            // Only the first rows decide the order: the full inflation check waits for the file's own load.
            using var reader = SpreadsheetReader.Open(path, settings.Limits with { CountInflatedBytes = false });
            foreach (var (_, rows) in reader.Sheets())
            {
                var head = rows.Take(HeaderDetector.ScanRows).ToList();
                if (_detector.Detect(head).Layout is { } layout) return layout.Kind.Kind;
            }
        }
        catch (UnreadableFileException)
        {
            // Unreadable files are reported when their turn comes.
        }
        return FileKind.Targets;
    }

    private static IEnumerable<string> Expand(string path)
    {
        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".xlsx" or ".xls" or ".csv" or ".xlsm")
                .Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal);
        }
        return [path];
    }

    private static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexString(SHA256.HashData(stream)).ToLowerInvariant();
    }

    private sealed record LoadAttempt(DuckDBConnection Connection, string FileName, string Path, string Hash, ProblemList Problems);
}
