using ClosedXML.Excel;
using Edu.Spreadsheets;

namespace Edu.Reports.Workbook;

/// <summary>
/// One export table as a printable sheet, laid out like the export's own workbook (<see cref="DocumentSheet"/>): the
/// sheet's heading, the export's header and rows unchanged, frozen header, filter, number formats, widths from the
/// content, print setup. The layout constants are public so that readers (tests, other tools) find the table without
/// guessing.
/// </summary>
public static class TableSheet
{
    public const int HeaderRow = DocumentSheet.HeaderRow;
    public const int FirstDataRow = DocumentSheet.FirstDataRow;

    internal static IXLWorksheet Add(XLWorkbook workbook, string name, ITable table, ReportContext context, string? note, string emptyText)
    {
        var sheet = workbook.Worksheets.Add(name);
        DocumentSheet.Write(sheet, table, context.Heading(name, note), emptyText);
        StatusColours.Apply(sheet, table);
        return sheet;
    }
}
