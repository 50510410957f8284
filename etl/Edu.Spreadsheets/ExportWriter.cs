using ClosedXML.Excel;

namespace Edu.Spreadsheets;

/// <summary>
/// Writes an export as .xlsx (one sheet, numbers as numbers, frozen header, filter) or as .csv the
/// way Russian Excel opens it (UTF-8 with BOM, «;», decimal comma, ДД.ММ.ГГГГ). Text that looks like
/// a formula stays text in both.
/// </summary>
public static class ExportWriter
{
    public static void Write(ITable table, string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".xlsx":
                using (var stream = File.Create(path)) WriteXlsx(table, stream);
                break;
            case ".csv":
                using (var stream = File.Create(path)) WriteCsv(table, stream);
                break;
            default:
                throw new ArgumentException($"Неизвестный формат выгрузки «{Path.GetExtension(path)}»: ожидался .xlsx или .csv");
        }
    }

    public static void WriteXlsx(ITable table, Stream output)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(SheetName(table.Title));
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var cell = sheet.Cell(1, c + 1);
            cell.SetValue(table.Columns[c].Header);
            cell.Style.Font.Bold = true;
            cell.Style.Alignment.WrapText = true;
        }
        for (var r = 0; r < table.RowCount; r++)
        {
            for (var c = 0; c < table.Columns.Count; c++)
                ExportCell.Set(sheet.Cell(r + 2, c + 1), table.Columns[c], table.Value(r, c));
        }
        for (var c = 0; c < table.Columns.Count; c++)
            sheet.Column(c + 1).Width = table.Columns[c].Width ?? Math.Clamp(table.Columns[c].Header.Length + 2, 10, 40);
        sheet.SheetView.FreezeRows(1);
        if (table.RowCount > 0) sheet.Range(1, 1, table.RowCount + 1, table.Columns.Count).SetAutoFilter();
        workbook.SaveAs(output);
    }

    public static void WriteCsv(ITable table, Stream output) =>
        CsvExport.Write(table.Columns, Enumerable.Range(0, table.RowCount), table.Value, output);

    /// <summary>A title as a sheet name: without the characters Excel refuses, at most 31 characters.</summary>
    internal static string SheetName(string title)
    {
        var cleaned = new string(title.Where(ch => !"[]:*?/\\".Contains(ch)).ToArray());
        return cleaned.Length > 31 ? cleaned[..31] : cleaned;
    }
}
