using System.Globalization;
using Edu.Loading.Headers;
using Edu.Loading.Reading;
using Edu.Spreadsheets;

namespace Edu.Loading.Archive;

/// <summary>
/// What the archive keeps of one file (SPEC §3: every original, personal columns blanked). A file whose sheets' first
/// rows have no personal caption (<see cref="PersonalColumns"/>) is kept as it came. A file with one is kept only as
/// a copy with those columns blanked, written while it is read (as CSV, the one format we can stream out as we
/// read), and only when every sheet was read to its end. A file that could not be read that far is not kept at all:
/// what it holds cannot be proven free of personal data, so the history records its hash and the reason instead.
/// The copy's text is written as read, without the exports' formula guard: the archive stays faithful to the input.
/// </summary>
internal sealed class ArchiveCopy : IDisposable
{
    public const string NotReadNote = "копия файла не сохранена: файл не удалось прочитать, и нельзя убедиться, что в нём нет персональных данных";
    public const string IncompleteNote = "копия файла не сохранена: в файле есть столбцы с персональными данными, а прочитать его до конца не удалось";

    private readonly FileArchive _archive;
    private readonly string _hash;
    private readonly string _fileName;
    private readonly string _originalPath;
    private readonly PersonalColumns? _personal;
    private readonly string? _partialPath;
    private CsvWriter? _blanked;
    private string? _staged;
    private bool _complete;

    /// <summary>Starts the copy; <paramref name="personal"/> is null when the file's first rows could not be read.</summary>
    public ArchiveCopy(FileArchive archive, string hash, string fileName, string originalPath, PersonalColumns? personal)
    {
        _archive = archive;
        _hash = hash;
        _fileName = fileName;
        _originalPath = originalPath;
        _personal = personal;
        if (personal?.Any != true) return;
        _partialPath = archive.StagingPath($"{hash[..16]}.partial.csv");
        _blanked = CsvWriter.Create(_partialPath, guardFormulas: false);
    }

    /// <summary>Why nothing was kept, when <see cref="Stage"/> keeps nothing.</summary>
    public string? Note { get; private set; }

    /// <summary>Passes a sheet's rows through, writing them to the blanked copy with the personal columns emptied.</summary>
    public IEnumerable<SheetRow> Sheet(int index, string name, IReadOnlyList<SheetRow> head, IEnumerator<SheetRow> rest, IEnumerable<int> recognised)
    {
        var personal = new HashSet<int>(_personal?.Of(index) ?? new HashSet<int>());
        personal.UnionWith(recognised);
        _blanked?.Row([$"Лист: {name}"]);
        foreach (var row in head) yield return Write(row, personal);
        while (rest.MoveNext()) yield return Write(rest.Current, personal);
    }

    /// <summary>Whether a blanked copy is being written: then sheets that are not loaded must be read through too.</summary>
    public bool Copying => _blanked is not null;

    /// <summary>Every sheet went through <see cref="Sheet"/> to its end.</summary>
    public void MarkComplete() => _complete = true;

    private SheetRow Write(SheetRow row, HashSet<int> personal)
    {
        _blanked?.Row(row.Cells.Select((c, i) => personal.Contains(i) && !KindCatalog.Default.IsPersonalCaption(c) ? null : Text(c)));
        return row;
    }

    private static string? Text(object? cell) => cell switch
    {
        null => null,
        double d => d.ToString(CultureInfo.GetCultureInfo("ru-RU")),
        DateTime dt => dt.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString(),
    };

    /// <summary>
    /// Puts the copy to keep into the archive's staging folder and returns the archive path the history should
    /// name (published by <see cref="Publish"/> after the history row is committed), or null with <see cref="Note"/>.
    /// </summary>
    public string? Stage()
    {
        var stem = SafeFileName.Stem(_fileName);
        if (_personal is null)
        {
            Note = NotReadNote;
            return null;
        }
        if (!_personal.Any)
        {
            var name = $"{_hash[..16]}_{stem}{SafeFileName.Extension(_fileName)}";
            if (!File.Exists(_archive.FinalPath(name))) File.Copy(_originalPath, _archive.StagingPath(name), overwrite: true);
            _staged = name;
            return _archive.FinalPath(name);
        }
        if (!_complete || _blanked is null)
        {
            Note = IncompleteNote;
            return null;
        }
        _blanked.Dispose();
        _blanked = null;
        var blanked = $"{_hash[..16]}_{stem}.без-персональных-данных.csv";
        File.Move(_partialPath!, _archive.StagingPath(blanked), overwrite: true);
        _staged = blanked;
        return _archive.FinalPath(blanked);
    }

    /// <summary>
    /// Moves the staged copy into the archive; call once the history row naming it is committed. Past the commit a
    /// failure here must not undo the load: the copy stays staged and the next load's recovery publishes it.
    /// </summary>
    public void Publish()
    {
        if (_staged is null) return;
        try
        {
            _archive.Publish(_staged);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left in staging on purpose (see FileArchive.Recover).
        }
        _staged = null;
    }

    public void Dispose()
    {
        _blanked?.Dispose();
        if (_partialPath is not null && File.Exists(_partialPath)) File.Delete(_partialPath);
        // A copy staged for a load that did not commit (an exception between staging and commit) is not kept.
        if (_staged is not null && File.Exists(_archive.StagingPath(_staged))) File.Delete(_archive.StagingPath(_staged));
    }
}
