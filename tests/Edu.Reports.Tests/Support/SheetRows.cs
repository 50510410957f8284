using ClosedXML.Excel;
using Edu.Reports.Workbook;
using Edu.Spreadsheets;

namespace Edu.Reports.Tests.Support;

/// <summary>A report table sheet read back with ClosedXML: the header row and the typed data rows below it.</summary>
public sealed record SheetRows(IReadOnlyList<string> Headers, IReadOnlyList<object?[]> Rows)
{
    /// <summary>A report sheet: the header at <see cref="TableSheet.HeaderRow"/>.</summary>
    public static SheetRows Read(string workbookPath, string sheetName, int columns) => Read(workbookPath, sheetName, TableSheet.HeaderRow, columns);

    /// <summary>A single-sheet «./edu export» workbook: the header is the frozen row below the heading.</summary>
    public static SheetRows ReadExport(string workbookPath, int columns) => Read(workbookPath, null, null, columns);

    private static SheetRows Read(string workbookPath, string? sheetName, int? knownHeaderRow, int columns)
    {
        using var workbook = new XLWorkbook(workbookPath);
        var sheet = sheetName is null ? workbook.Worksheet(1) : workbook.Worksheet(sheetName);
        var headerRow = knownHeaderRow ?? DocumentSheet.FindHeaderRow(sheet);
        var headers = Enumerable.Range(1, columns).Select(c => sheet.Cell(headerRow, c).GetString()).ToList();
        var rows = new List<object?[]>();
        // Data rows are contiguous below the header; the first empty key cell ends the table.
        for (var r = headerRow + 1; !sheet.Cell(r, 1).IsEmpty(); r++)
            rows.Add(Enumerable.Range(1, columns).Select(c => Value(sheet.Cell(r, c))).ToArray());
        return new SheetRows(headers, rows);
    }

    private static object? Value(IXLCell cell) => cell.IsEmpty() ? null : cell.DataType switch
    {
        XLDataType.Number => cell.GetDouble(),
        XLDataType.DateTime => cell.GetDateTime(),
        _ => cell.GetString(),
    };
}
