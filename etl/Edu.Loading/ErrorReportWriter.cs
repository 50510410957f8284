using ClosedXML.Excel;
using Edu.Spreadsheets;

namespace Edu.Loading;

/// <summary>The downloadable .xlsx that tells the analyst what to fix in a rejected file.</summary>
public static class ErrorReportWriter
{
    /// <summary>Writes the report; <paramref name="note"/> is a line under the heading, such as why no copy of the file was kept.</summary>
    public static void Write(string path, string fileName, IReadOnlyList<LoadProblem> problems, int total, string? note = null)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Ошибки");
        // Everything here may quote the file (its name, cell text): set as text, so nothing becomes a formula or overflows a cell.
        ExportCell.SetText(sheet.Cell(1, 1), $"Файл «{fileName}» отклонён: найдено ошибок — {total}" + (total > problems.Count ? $" (показаны первые {problems.Count})" : string.Empty));
        sheet.Cell(1, 1).Style.Font.Bold = true;
        if (note is not null) ExportCell.SetText(sheet.Cell(2, 1), char.ToUpperInvariant(note[0]) + note[1..] + ".");
        string[] headers = ["Файл", "Лист", "Строка", "Столбец", "Что не так"];
        for (var c = 0; c < headers.Length; c++)
        {
            ExportCell.SetText(sheet.Cell(3, c + 1), headers[c]);
            sheet.Cell(3, c + 1).Style.Font.Bold = true;
        }
        var row = 4;
        foreach (var p in problems)
        {
            ExportCell.SetText(sheet.Cell(row, 1), p.File);
            ExportCell.SetText(sheet.Cell(row, 2), p.Sheet ?? string.Empty);
            if (p.Row is { } r) sheet.Cell(row, 3).SetValue(r);
            ExportCell.SetText(sheet.Cell(row, 4), p.Column ?? string.Empty);
            ExportCell.SetText(sheet.Cell(row, 5), p.Message);
            row++;
        }
        sheet.Column(1).Width = 30;
        sheet.Column(2).Width = 14;
        sheet.Column(3).Width = 8;
        sheet.Column(4).Width = 28;
        sheet.Column(5).Width = 100;
        sheet.SheetView.FreezeRows(3);
        // Printed or saved as PDF, the report is one page wide: the message column is the one that matters.
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        workbook.SaveAs(path);
    }
}
