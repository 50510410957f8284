using System.Globalization;
using ClosedXML.Excel;

namespace Edu.Spreadsheets;

/// <summary>
/// Writes an export as .xlsx (one sheet, numbers as numbers, frozen header, filter) or as .csv the
/// way Russian Excel opens it (UTF-8 with BOM, «;», decimal comma, ДД.ММ.ГГГГ). Text that looks like
/// a formula stays text in both.
/// </summary>
public static class ExportWriter
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public static void Write(ExportTable table, string path)
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

    public static void WriteXlsx(ExportTable table, Stream output)
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
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            for (var c = 0; c < table.Columns.Count; c++)
                ExportCell.Set(sheet.Cell(r + 2, c + 1), table.Columns[c], c < row.Length ? row[c] : null);
        }
        for (var c = 0; c < table.Columns.Count; c++)
            sheet.Column(c + 1).Width = Math.Clamp(table.Columns[c].Header.Length + 2, 10, 40);
        sheet.SheetView.FreezeRows(1);
        if (table.Rows.Count > 0) sheet.Range(1, 1, table.Rows.Count + 1, table.Columns.Count).SetAutoFilter();
        workbook.SaveAs(output);
    }

    public static void WriteCsv(ExportTable table, Stream output)
    {
        using var csv = new CsvWriter(output, guardFormulas: true, leaveOpen: true);
        csv.Row(table.Columns.Select(c => c.Header));
        foreach (var row in table.Rows)
        {
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var value = i < row.Length ? row[i] : null;
                if (value is string text) csv.Text(text);
                else csv.Raw(CsvText(value, table.Columns[i]));
            }
            csv.EndRow();
        }
    }

    private static string CsvText(object? value, ExportColumn column) => value switch
    {
        null => string.Empty,
        bool b => b ? "да" : "нет",
        DateOnly d => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString(column.Type == ExportType.Date ? "dd.MM.yyyy" : "dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(column.Type == ExportType.Integer ? "0" : "0.####", Russian),
        _ => value.ToString() ?? string.Empty,
    };

    private static string SheetName(string title)
    {
        var cleaned = new string(title.Where(ch => !"[]:*?/\\".Contains(ch)).ToArray());
        return cleaned.Length > 31 ? cleaned[..31] : cleaned;
    }
}
