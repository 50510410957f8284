using ClosedXML.Excel;
using Edu.Analytics.Exports;
using Edu.Spreadsheets;

namespace Edu.Reports.Workbook;

/// <summary>
/// «Исполнение решений» has the export's 24 columns, long texts among them; fitted to one page wide as they came, the
/// printout shrank to unreadable type, and wrapped texts overprinted the next row (ClosedXML does not size rows to
/// wrapped text). So each item keeps one line: the long texts show their start in narrower columns (the cell holds
/// all of it), and the columns after the SPEC ones (the dates of the values, the target itself, level, note, as-of
/// date) are grouped and collapsed — one click on «+» above them shows them.
/// </summary>
internal static class DecisionsSheetLayout
{
    private static readonly Dictionary<string, double> Widths = new(StringComparer.Ordinal)
    {
        ["document"] = 18, ["content"] = 40, ["deadline_text"] = 16, ["responsible"] = 20, ["code"] = 15, ["municipality"] = 17,
    };

    // The first column after the SPEC §11 ones.
    private const string FirstDetail = "before_date";

    public static void Apply(IXLWorksheet sheet, Table<DecisionRow> table)
    {
        var keys = table.Columns.Select(c => c.Key).ToList();
        foreach (var (key, width) in Widths) sheet.Column(keys.IndexOf(key) + 1).Width = width;
        var details = sheet.Columns(keys.IndexOf(FirstDetail) + 1, keys.Count);
        details.Group();
        details.Collapse();
    }
}
