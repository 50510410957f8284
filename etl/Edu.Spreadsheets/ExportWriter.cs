using Edu.Reference;

namespace Edu.Spreadsheets;

/// <summary>
/// Writes an export as .xlsx — one sheet laid out by <see cref="DocumentSheet"/>: the heading (table, filters, as-of
/// date, when and by whom it was made) above a frozen header, typed cells, print setup — or as .csv the way Russian
/// Excel opens it (UTF-8 with BOM, «;», decimal comma, ДД.ММ.ГГГГ). The .csv stays a plain table with the header in its
/// first line (SPEC §5): a heading there would be read as data by every program that imports it. Moments are the
/// region's time with the zone's label in both. Text that looks like a formula stays text in both.
/// </summary>
public static class ExportWriter
{
    public static void Write(ITable table, string path, DocumentHeading heading)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".xlsx":
                using (var stream = File.Create(path)) WriteXlsx(table, heading, stream);
                break;
            case ".csv":
                using (var stream = File.Create(path)) WriteCsv(table, heading.Clock, stream);
                break;
            default:
                throw new ArgumentException($"Неизвестный формат выгрузки «{Path.GetExtension(path)}»: ожидался .xlsx или .csv");
        }
    }

    public static void WriteXlsx(ITable table, DocumentHeading heading, Stream output)
    {
        using var workbook = DocumentWorkbook.Create();
        DocumentSheet.Write(workbook.Worksheets.Add(DocumentSheet.SheetName(table.Title)), table, heading, "Нет строк, удовлетворяющих условиям отбора.");
        DocumentWorkbook.Save(workbook, output);
    }

    public static void WriteCsv(ITable table, RegionClock clock, Stream output)
    {
        using var csv = new CsvWriter(output, guardFormulas: true, leaveOpen: true);
        csv.Row(table.Columns.Select(c => c.Header));
        for (var r = 0; r < table.RowCount; r++)
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var value = table.Value(r, c);
                if (value is string text) csv.Text(text);
                else if (value is DateTime utc && table.Columns[c].Type == ColumnType.DateTime) csv.Raw(clock.Format(utc));
                else csv.Raw(CellText.Of(value, table.Columns[c], CellText.FileNumber));
            }
            csv.EndRow();
        }
    }
}
