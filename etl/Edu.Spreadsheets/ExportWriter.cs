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

    public static void WriteCsv(ITable table, RegionClock clock, Stream output) =>
        CsvExport.Write(table.Columns, Enumerable.Range(0, table.RowCount), table.Value, clock, output);
}
