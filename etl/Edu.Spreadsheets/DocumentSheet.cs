using ClosedXML.Excel;

namespace Edu.Spreadsheets;

/// <summary>
/// A table as a document to hand over: the heading's lines above it (<see cref="DocumentHeading"/>), then the header
/// at <see cref="HeaderRow"/> — frozen, filtered, repeated on every printed page — and the rows as typed cells, with
/// widths from the content, long names wrapped and the page set up for A4. The export's .xlsx and every table sheet of
/// the monthly report are written here, so both print alike and a reader finds the header at the same row.
/// </summary>
public static class DocumentSheet
{
    /// <summary>Height of a line of 10 pt text, in points (Excel's row height for Arial 10).</summary>
    public const double LineHeight = 12.75;

    /// <summary>Row of the table's header: three heading lines and an empty row above it.</summary>
    public const int HeaderRow = 5;

    public const int FirstDataRow = HeaderRow + 1;

    // Columns that say which school or year (or self-diagnostics round) a row is about: repeated at the left of each printed column group (the
    // municipality is not: it would take the room of the columns the group is printed for).
    private static readonly HashSet<string> KeyColumns = new(StringComparer.Ordinal) { "year", "round_date", "login", "school_name", "code", "name" };

    private static readonly XLColor HeaderFill = XLColor.FromHtml("#DDEBF7");

    /// <summary>
    /// Writes <paramref name="table"/> under <paramref name="heading"/>; <paramref name="emptyText"/> is said below an empty
    /// table. <paramref name="repeatHeader"/> false: the header row is not repeated on later pages (they hold other content).
    /// </summary>
    public static IXLWorksheet Write(IXLWorksheet sheet, ITable table, DocumentHeading heading, string? emptyText = null, bool repeatHeader = true)
    {
        var clock = heading.Clock;
        string Shown(object? value, IColumn column) => value switch
        {
            null => "",
            string s => s,
            bool => "нет",
            DateOnly => "00.00.0000",
            DateTime utc when column.Type == ColumnType.DateTime => clock.Format(utc),
            DateTime => "00.00.0000",
            _ => ColumnWidths.Number(value, column),
        };

        var widths = ColumnWidths.Of(table, Shown);
        sheet.RowHeight = LineHeight;
        WriteHeading(sheet, heading, widths.Length == 0 ? [ColumnWidths.MaxText] : widths[..PrintLayout.FirstPageColumns(widths)]);
        WriteHeader(sheet, table.Columns);
        for (var r = 0; r < table.RowCount; r++)
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var cell = sheet.Cell(FirstDataRow + r, c + 1);
                var column = table.Columns[c];
                if (column.Type == ColumnType.DateTime && table.Value(r, c) is DateTime utc)
                {
                    // Stored in UTC; the cell shows the region's time and says so, as the page does («15:43 МСК»).
                    ExportCell.Set(cell, column, clock.Local(utc));
                    cell.Style.DateFormat.Format = clock.ExcelFormat;
                }
                else
                {
                    ExportCell.Set(cell, column, table.Value(r, c));
                }
            }
        }
        var lastRow = HeaderRow + table.RowCount;
        if (table.RowCount == 0 && emptyText is not null)
        {
            // Below the table, not inside it: a reader counting data rows must still find none.
            ExportCell.SetText(sheet.Cell(FirstDataRow + 1, 1), emptyText);
            sheet.Cell(FirstDataRow + 1, 1).Style.Font.Italic = true;
        }
        var wrapping = new List<int>();
        for (var c = 0; c < widths.Length; c++)
        {
            sheet.Column(c + 1).Width = widths[c];
            if (table.RowCount > 0 && ColumnWidths.Wraps(table, c, widths[c], Shown))
            {
                sheet.Range(FirstDataRow, c + 1, lastRow, c + 1).Style.Alignment.WrapText = true;
                wrapping.Add(c);
            }
        }
        FitRowHeights(sheet, table, widths, wrapping, Shown);
        if (table.RowCount > 0) sheet.Range(FirstDataRow, 1, lastRow, table.Columns.Count).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        if (table.Columns.Count > 0) sheet.Range(HeaderRow, 1, lastRow, table.Columns.Count).SetAutoFilter();
        sheet.SheetView.FreezeRows(HeaderRow);
        var keys = table.Columns.TakeWhile(c => KeyColumns.Contains(c.Key)).Count();
        PrintLayout.Apply(sheet, widths, repeatHeader ? HeaderRow : null, Math.Max(keys, 1));
        return sheet;
    }

    // The header's words wrap within their columns, and so do long names: rows get the lines they need.
    private static void FitRowHeights(IXLWorksheet sheet, ITable table, double[] widths, List<int> wrapping, Func<object?, IColumn, string> shown)
    {
        var header = Enumerable.Range(0, table.Columns.Count).Select(c => ColumnWidths.Lines(table.Columns[c].Header, widths[c] / ColumnWidths.Bold)).DefaultIfEmpty(1).Max();
        sheet.Row(HeaderRow).Height = header * LineHeight;
        if (wrapping.Count == 0) return;
        for (var r = 0; r < table.RowCount; r++)
        {
            var lines = wrapping.Max(c => ColumnWidths.Lines(shown(table.Value(r, c), table.Columns[c]), widths[c]));
            if (lines > 1) sheet.Row(FirstDataRow + r).Height = lines * LineHeight;
        }
    }

    /// <summary>
    /// The heading's lines in rows 1–3, each merged across the columns of <paramref name="widths"/> (those printed on the
    /// first page) so it wraps within the printed width instead of running past it; the title in large bold type.
    /// </summary>
    public static void WriteHeading(IXLWorksheet sheet, DocumentHeading heading, IReadOnlyList<double> widths)
    {
        var columns = widths.Count;
        var across = widths.Sum();
        for (var i = 0; i < heading.Lines.Count; i++)
        {
            var row = i + 1;
            var cell = sheet.Cell(row, 1);
            ExportCell.SetText(cell, heading.Lines[i]);
            var range = sheet.Range(row, 1, row, columns);
            if (columns > 1) range.Merge();
            range.Style.Alignment.WrapText = true;
            range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            var size = i == 0 ? 14.0 : 10.0;
            cell.Style.Font.FontSize = size;
            if (i == 0) cell.Style.Font.Bold = true;
            else cell.Style.Font.Italic = true;
            // Merged cells never grow with their text: give the row the lines it needs, larger type taking more width.
            var lines = ColumnWidths.Lines(heading.Lines[i], across * 10 / size / (i == 0 ? ColumnWidths.Bold : 1.0));
            sheet.Row(row).Height = lines * LineHeight * size / 10;
        }
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

    /// <summary>The header row of a sheet written here, for readers: the row of the frozen pane.</summary>
    public static int FindHeaderRow(IXLWorksheet sheet) => sheet.SheetView.SplitRow > 0 ? sheet.SheetView.SplitRow : 1;

    /// <summary>A sheet name Excel accepts: no []:*?/\ and at most 31 characters.</summary>
    public static string SheetName(string title)
    {
        var cleaned = new string(title.Where(ch => !"[]:*?/\\".Contains(ch)).ToArray());
        return cleaned.Length > 31 ? cleaned[..31] : cleaned;
    }
}
