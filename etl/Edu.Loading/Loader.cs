using System.Security.Cryptography;
using DuckDB.NET.Data;
using Edu.Loading.Archive;
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
    private readonly FileArchive _archive = new(Path.Combine(database.DataDirectory, "archive"));

    /// <summary>Loads files and folders (recursively); reference data first, so results find their schools.</summary>
    public IReadOnlyList<LoadOutcome> LoadAll(IEnumerable<string> paths, IProgress<LoadProgress>? progress = null, Action<LoadOutcome>? onFile = null) =>
        LoadAll(paths.SelectMany(Expand).Select(f => new InputFile(f, Path.GetFileName(f))).ToList(), progress, onFile);

    /// <summary>
    /// Loads files stored under names of our choosing, each reported under the name it came with. A file that fails
    /// in a way the loader did not foresee is reported as refused and the batch goes on; only a database that cannot
    /// be opened at all (held by another process) stops it, since every later file would fail the same way.
    /// </summary>
    public IReadOnlyList<LoadOutcome> LoadAll(IReadOnlyList<InputFile> files, IProgress<LoadProgress>? progress = null, Action<LoadOutcome>? onFile = null)
    {
        var ordered = files.Count > 1 ? files.OrderBy(f => PeekKind(f.Path)).ThenBy(f => f.Path, StringComparer.Ordinal).ToList() : files;
        var outcomes = new List<LoadOutcome>();
        foreach (var file in ordered)
        {
            LoadOutcome outcome;
            try
            {
                outcome = Load(file.Path, file.Name, progress);
            }
            catch (Exception e) when (!IsDatabaseUnavailable(e))
            {
                outcome = new LoadOutcome(file.Name, LoadStatus.Rejected, null, 0, null, [InternalError(file.Name, e)], 1, null, null);
            }
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
        _archive.Recover(connection);
        var problems = new ProblemList();
        if (!File.Exists(path))
        {
            problems.Add(new LoadProblem(fileName, null, null, null, "файл не найден"));
            return Reject(new LoadAttempt(connection, fileName, path, "", problems), null, null);
        }
        var attempt = new LoadAttempt(connection, fileName, path, Hash(path), problems);

        var earlier = connection.Scalar<long?>("SELECT max(load_id) FROM loads WHERE file_hash = $p0 AND outcome = $p1", attempt.Hash, LoadOutcome.StatusText(LoadStatus.Loaded));
        if (earlier is not null)
        {
            var id = Record(connection, fileName, null, attempt.Hash, null, 0, LoadStatus.AlreadyLoaded, 0, null, null);
            return new LoadOutcome(fileName, LoadStatus.AlreadyLoaded, null, 0, null, [], 0, null, id);
        }

        try
        {
            return Run(attempt, progress);
        }
        catch (Exception e) when (!IsDatabaseUnavailable(e))
        {
            // Run's transaction is rolled back by now; the file is refused and the history says why.
            problems.Add(InternalError(fileName, e));
            return Reject(attempt, null, null, "копия файла не сохранена: загрузка прервана внутренней ошибкой");
        }
    }

    private LoadOutcome Run(LoadAttempt attempt, IProgress<LoadProgress>? progress)
    {
        var (connection, fileName, path, hash, problems) = attempt;
        var bounds = new LoadBounds(settings.Limits, time);
        SpreadsheetReader reader;
        PersonalColumns personal;
        try
        {
            reader = SpreadsheetReader.Open(path, settings.Limits);
        }
        catch (UnreadableFileException e)
        {
            problems.Add(Problem(fileName, e));
            return Reject(attempt, null, null);
        }
        using (reader)
        {
            try
            {
                personal = PersonalColumns.Scan(reader);
            }
            catch (UnreadableFileException e)
            {
                problems.Add(Problem(fileName, e));
                return Reject(attempt, null, null);
            }
            using var archive = new ArchiveCopy(_archive, hash, fileName, path, personal);
            using var tx = connection.BeginTransaction();
            var loadId = NextLoadId(connection);
            var context = new LoadContext(connection, loadId, fileName, problems, SchoolRegistry.Read(connection), municipalities, SubjectDirectory.Default, _hasher);
            KindLoader? loader = null;
            try
            {
                try
                {
                    loader = ReadSheets(reader, context, archive, bounds, progress);
                    archive.MarkComplete();
                }
                catch (UnreadableFileException e)
                {
                    problems.Add(Problem(fileName, e));
                }

                loader?.FlushAppenders();
                if (problems.Any)
                {
                    tx.Rollback();
                    return Reject(attempt, loader?.Kind, archive);
                }

                loader!.ReplaceSuperseded();
                var archived = archive.Stage();
                Record(connection, fileName, loader.Kind, hash, loader.Scope, loader.Rows, LoadStatus.Loaded, 0, archived, null, loadId, archive.Note);
                tx.Commit();
                archive.Publish();
                progress?.Report(new LoadProgress(fileName, loader.Rows, 1));
                return new LoadOutcome(fileName, LoadStatus.Loaded, loader.Kind, loader.Rows, loader.Scope, [], 0, null, loadId);
            }
            finally
            {
                loader?.Dispose();
            }
        }
    }

    /// <summary>
    /// Reads every sheet: the first rows decide its kind, then its rows go through the kind's loader (and the archive
    /// copy). Sheets that are not loaded are still read through when the archive keeps a blanked copy, so the copy is whole.
    /// </summary>
    private KindLoader? ReadSheets(SpreadsheetReader reader, LoadContext context, ArchiveCopy archive, LoadBounds bounds, IProgress<LoadProgress>? progress)
    {
        var (fileName, problems) = (context.FileName, context.Problems);
        KindLoader? loader = null;
        var sheetProblems = new List<LoadProblem>();
        var stopped = false;
        var rows = 0;
        var lastReport = time.GetTimestamp();
        var index = -1;
        foreach (var (sheetName, sheetRows) in reader.Sheets())
        {
            index++;
            using var enumerator = sheetRows.GetEnumerator();
            var head = new List<SheetRow>();
            while (head.Count < HeaderDetector.ScanRows && enumerator.MoveNext())
            {
                bounds.Check(sheetName, enumerator.Current.Number);
                head.Add(enumerator.Current);
            }

            var detection = stopped || head.All(r => r.IsBlank) ? null : _detector.Detect(head);
            if (detection is not null && detection.Layout is null) sheetProblems.Add(new LoadProblem(fileName, sheetName, null, null, detection.Problem!));
            if (detection?.Layout is { } other && loader is not null && loader.Kind != other.Kind.Kind)
            {
                problems.Add(new LoadProblem(fileName, sheetName, null, null,
                    $"лист содержит «{other.Kind.Title}», а предыдущие листы — «{KindCatalog.Default[loader.Kind].Title}»; загружайте разные виды данных отдельными файлами"));
                stopped = true;
            }
            if (stopped || detection?.Layout is not { } layout)
            {
                if (archive.Copying) Drain(archive, index, sheetName, head, enumerator, bounds);
                continue;
            }

            var sheet = new SheetScope(fileName, sheetName, problems);
            loader ??= KindLoaders.Create(layout.Kind.Kind, context);
            foreach (var duplicate in layout.Duplicates)
            {
                problems.Add(new LoadProblem(fileName, sheetName, layout.HeaderRow, layout.Describe(duplicate.Second),
                    $"столбец «{duplicate.Caption}» повторяется: он уже есть в столбце {layout.Describe(duplicate.First)}; оставьте один из них, иначе непонятно, какие значения верны"));
            }
            loader.BeginSheet(layout, sheet);

            var personal = layout.Kind.Columns.Where(c => c.Personal && layout.Columns.ContainsKey(c.Key)).Select(c => layout.Columns[c.Key]);
            foreach (var row in archive.Sheet(index, sheetName, head, enumerator, personal))
            {
                bounds.Check(sheetName, row.Number);
                CellChecks.Check(row, layout, sheet);
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
        return loader;
    }

    private static void Drain(ArchiveCopy archive, int index, string sheetName, List<SheetRow> head, IEnumerator<SheetRow> rest, LoadBounds bounds)
    {
        foreach (var row in archive.Sheet(index, sheetName, head, rest, []))
            bounds.Check(sheetName, row.Number);
    }

    private LoadOutcome Reject(LoadAttempt attempt, FileKind? kind, ArchiveCopy? archive, string? note = null)
    {
        var (connection, fileName, _, hash, problems) = attempt;
        string? archived = null;
        if (hash.Length > 0)
        {
            archived = archive?.Stage();
            note = archive?.Note ?? note ?? (archived is null ? ArchiveCopy.NotReadNote : null);
        }
        var reportName = $"{time.GetUtcNow():yyyyMMddHHmmss}_{(hash.Length == 0 ? "none" : hash[..16])}_{SafeFileName.Stem(fileName)}.ошибки.xlsx";
        var reportPath = Path.Combine(database.DataDirectory, "error-reports", reportName);
        ErrorReportWriter.Write(reportPath, fileName, problems.Items, problems.Total, note);
        var id = Record(connection, fileName, kind, hash, null, 0, LoadStatus.Rejected, problems.Total, archived, reportPath, null, note);
        archive?.Publish();
        return new LoadOutcome(fileName, LoadStatus.Rejected, kind, 0, null, problems.Items, problems.Total, reportPath, id);
    }

    private static LoadProblem Problem(string fileName, UnreadableFileException e) => new(fileName, e.Sheet, e.Row, e.Column, e.Message);

    private static LoadProblem InternalError(string fileName, Exception e) => new(fileName, null, null, null,
        $"файл не загружен из-за внутренней ошибки программы ({e.GetType().Name}: {CellParser.Shorten(e.Message)}); база данных не изменена — сообщите администратору");

    // The database held by another process fails every file alike: that is not one file's fault, and the caller says so once.
    private static bool IsDatabaseUnavailable(Exception e) =>
        e is DuckDBException && e.Message.Contains("lock", StringComparison.OrdinalIgnoreCase);

    private long Record(DuckDBConnection connection, string fileName, FileKind? kind, string hash, string? scope, int rows,
        LoadStatus status, int errors, string? archivePath, string? reportPath, long? loadId = null, string? archiveNote = null)
    {
        var id = loadId ?? NextLoadId(connection);
        connection.Execute(
            """
            INSERT INTO loads (load_id, loaded_at, file_name, kind, file_hash, scope, row_count, outcome, error_count, user_name,
                               archive_path, error_report, archive_note)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12)
            """,
            id, time.GetUtcNow().UtcDateTime, fileName, kind?.Code(), hash, scope, rows, LoadOutcome.StatusText(status), errors, settings.User,
            archivePath, reportPath, archiveNote);
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
        catch (Exception e) when (!IsDatabaseUnavailable(e))
        {
            // Whatever is wrong with the file is reported when its turn comes.
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
