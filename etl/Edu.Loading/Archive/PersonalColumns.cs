using Edu.Loading.Headers;
using Edu.Loading.Reading;

namespace Edu.Loading.Archive;

/// <summary>
/// Which columns of which sheet hold personal data, judged before the load by the captions in the first rows of every
/// sheet (the kinds' «personal» columns and the «personal» list of header-aliases.json). It is decided for the whole
/// file before any row is copied, so a protocol on the second sheet, or one whose kind is never recognised (a misspelt
/// «Оцнка»), is blanked as surely as a recognised one.
/// </summary>
internal sealed class PersonalColumns
{
    private readonly List<IReadOnlySet<int>> _bySheet;

    private PersonalColumns(List<IReadOnlySet<int>> bySheet) => _bySheet = bySheet;

    /// <summary>True when some sheet has a personal caption: the archive then keeps only a blanked copy.</summary>
    public bool Any => _bySheet.Any(s => s.Count > 0);

    /// <summary>Columns of the sheet at <paramref name="index"/> (0-based, workbook order) whose caption is personal.</summary>
    public IReadOnlySet<int> Of(int index) => index < _bySheet.Count ? _bySheet[index] : Empty;

    private static readonly IReadOnlySet<int> Empty = new HashSet<int>();

    /// <summary>Reads the first rows of every sheet; an unreadable file throws, and then nothing can be proven about it.</summary>
    public static PersonalColumns Scan(SpreadsheetReader reader)
    {
        var bySheet = new List<IReadOnlySet<int>>();
        foreach (var (_, rows) in reader.Heads(HeaderDetector.ScanRows))
        {
            var columns = new HashSet<int>();
            foreach (var row in rows)
            {
                for (var i = 0; i < row.Cells.Length; i++)
                {
                    if (KindCatalog.Default.IsPersonalCaption(row.Cells[i])) columns.Add(i);
                }
            }
            bySheet.Add(columns);
        }
        return new PersonalColumns(bySheet);
    }
}
