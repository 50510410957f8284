using System.Globalization;
using Edu.Loading.Reading;
using Edu.Reference;
using Edu.Spreadsheets;

namespace Edu.Loading;

/// <summary>
/// Keeps every original file in the archive. A file with personal columns is not kept as it came:
/// while it is read, a copy with those columns blanked is written (as CSV, the one format we can
/// stream out as we read), and that copy is what the archive keeps. Its text is written as read, without the
/// exports' formula guard: the archive must stay faithful to what was loaded.
/// </summary>
internal sealed class ArchiveCopy(string directory, string hash, string originalPath, SpreadsheetFormat format) : IDisposable
{
    private CsvWriter? _blanked;
    private string? _blankedPath;

    /// <summary>Passes a sheet's rows through, writing them to the blanked copy once personal columns were seen.</summary>
    public IEnumerable<SheetRow> Sheet(string name, IReadOnlyList<SheetRow> head, IEnumerator<SheetRow> rest, IReadOnlySet<int> personalColumns)
    {
        if (personalColumns.Count > 0 && _blanked is null)
        {
            Directory.CreateDirectory(directory);
            _blankedPath = Path.Combine(directory, $"{hash[..16]}.partial.csv");
            _blanked = CsvWriter.Create(_blankedPath, guardFormulas: false);
        }
        _blanked?.Row([$"Лист: {name}"]);
        foreach (var row in head) yield return Write(row, personalColumns);
        while (rest.MoveNext()) yield return Write(rest.Current, personalColumns);
    }

    /// <summary>Copies a sheet that holds no recognised data, so the blanked copy stays complete.</summary>
    public void Drain(string name, IReadOnlyList<SheetRow> head, IEnumerator<SheetRow> rest)
    {
        foreach (var _ in Sheet(name, head, rest, new HashSet<int>()))
        {
        }
    }

    private SheetRow Write(SheetRow row, IReadOnlySet<int> personal)
    {
        _blanked?.Row(row.Cells.Select((c, i) => personal.Contains(i) && row.Number > 0 && !IsHeaderText(c) ? null : Text(c)));
        return row;
    }

    // Header captions such as «Фамилия» are kept so the copy stays readable; values are not.
    private static bool IsHeaderText(object? cell) => cell is string s && Headers.KindCatalog.Default.Kinds
        .SelectMany(k => k.Columns).Where(c => c.Personal).Any(c => c.NormalizedAliases.Contains(TextNormalizer.Normalize(s)));

    private static string? Text(object? cell) => cell switch
    {
        null => null,
        double d => d.ToString(CultureInfo.GetCultureInfo("ru-RU")),
        DateTime dt => dt.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString(),
    };

    /// <summary>Moves the copy into the archive and returns its path.</summary>
    public string Keep()
    {
        if (_blanked is null || _blankedPath is null) return KeepOriginal(directory, hash, originalPath);
        _blanked.Dispose();
        _blanked = null;
        var target = Path.Combine(directory, $"{hash[..16]}_{Path.GetFileNameWithoutExtension(originalPath)}.без-персональных-данных.csv");
        File.Move(_blankedPath, target, overwrite: true);
        return target;
    }

    /// <summary>For files that could not be read at all there is nothing to blank: the original is kept.</summary>
    public static string KeepOriginal(string directory, string hash, string originalPath)
    {
        Directory.CreateDirectory(directory);
        var target = Path.Combine(directory, $"{hash[..16]}_{Path.GetFileName(originalPath)}");
        if (!File.Exists(target) && File.Exists(originalPath)) File.Copy(originalPath, target);
        return target;
    }

    public SpreadsheetFormat Format => format;

    public void Dispose()
    {
        _blanked?.Dispose();
        if (_blankedPath is not null && File.Exists(_blankedPath)) File.Delete(_blankedPath);
    }
}
