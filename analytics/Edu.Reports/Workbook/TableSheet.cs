using ClosedXML.Excel;
using Edu.Spreadsheets;

namespace Edu.Reports.Workbook;

/// <summary>
/// One export table as a printable sheet: title lines, the export's header and rows unchanged, frozen
/// header, filter, number formats, column widths. The layout constants are public so that readers
/// (tests, other tools) find the table without guessing.
/// </summary>
public static class TableSheet
{
    public const int HeaderRow = 4;
    public const int FirstDataRow = HeaderRow + 1;

    private static readonly XLColor HeaderFill = XLColor.FromHtml("#DDEBF7");

    internal static IXLWorksheet Add(XLWorkbook workbook, string name, ITable table, ReportContext context, string? note, string emptyText)
    {
        var sheet = workbook.Worksheets.Add(name);
        TitleLines.Write(sheet, name, context, note);
        WriteHeader(sheet, table.Columns);
        for (var r = 0; r < table.RowCount; r++)
        {
            for (var c = 0; c < table.Columns.Count; c++)
                ExportCell.Set(sheet.Cell(FirstDataRow + r, c + 1), table.Columns[c], table.Value(r, c));
        }
        if (table.RowCount == 0)
        {
            // Below the table, not inside it: a reader counting data rows must still find none.
            ExportCell.SetText(sheet.Cell(FirstDataRow + 1, 1), emptyText);
            sheet.Cell(FirstDataRow + 1, 1).Style.Font.Italic = true;
        }
        var lastRow = HeaderRow + table.RowCount;
        sheet.Range(HeaderRow, 1, lastRow, table.Columns.Count).SetAutoFilter();
        sheet.SheetView.FreezeRows(HeaderRow);
        SetWidths(sheet, table, lastRow);
        PrintLayout.Apply(sheet, HeaderRow);
        return sheet;
    }

    private static void WriteHeader(IXLWorksheet sheet, IReadOnlyList<IColumn> columns)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            var cell = sheet.Cell(HeaderRow, c + 1);
            ExportCell.SetText(cell, columns[c].Header);
            cell.Style.Font.Bold = true;
            cell.Style.Alignment.WrapText = true;
            cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            cell.Style.Fill.BackgroundColor = HeaderFill;
            cell.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        }
    }

    // Fitted to the content, but capped: a long school name should wrap in print, not widen the page to nothing.
    // A column that says its width (a skill's description) keeps it and wraps its text: read whole, not cut at the cap.
    private static void SetWidths(IXLWorksheet sheet, ITable table, int lastRow)
    {
        var wrapped = new List<int>();
        for (var c = 1; c <= table.Columns.Count; c++)
        {
            var column = sheet.Column(c);
            if (table.Columns[c - 1].Width is { } width)
            {
                column.Width = width;
                sheet.Range(FirstDataRow, c, Math.Max(lastRow, FirstDataRow), c).Style.Alignment.WrapText = true;
                wrapped.Add(c - 1);
                continue;
            }

            column.AdjustToContents(HeaderRow + 1, lastRow);
            column.Width = Math.Clamp(column.Width, Math.Min(table.Columns[c - 1].Header.Length, 14) + 2, 45);
        }

        // ClosedXML does not grow a row for wrapped text and readers keep the stored height (LibreOffice drew the lines over
        // each other): each row gets the lines its longest wrapped text needs, a character taken a tenth wider than a width unit.
        for (var r = 0; r < table.RowCount && wrapped.Count > 0; r++)
        {
            var lines = wrapped.Max(c => table.Value(r, c) is string text ? (int)Math.Ceiling(text.Length * 1.1 / table.Columns[c].Width!.Value) : 1);
            if (lines > 1) sheet.Row(FirstDataRow + r).Height = sheet.RowHeight * lines;
        }
    }
}
