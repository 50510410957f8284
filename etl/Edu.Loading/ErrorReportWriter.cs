using ClosedXML.Excel;

namespace Edu.Loading;

/// <summary>The downloadable .xlsx that tells the analyst what to fix in a rejected file.</summary>
public static class ErrorReportWriter
{
    public static void Write(string path, string fileName, IReadOnlyList<LoadProblem> problems, int total)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Ошибки");
        sheet.Cell(1, 1).Value = $"Файл «{fileName}» отклонён: найдено ошибок — {total}" + (total > problems.Count ? $" (показаны первые {problems.Count})" : string.Empty);
        sheet.Cell(1, 1).Style.Font.Bold = true;
        string[] headers = ["Файл", "Лист", "Строка", "Столбец", "Что не так"];
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(3, c + 1).Value = headers[c];
            sheet.Cell(3, c + 1).Style.Font.Bold = true;
        }
        var row = 4;
        foreach (var p in problems)
        {
            sheet.Cell(row, 1).SetValue(p.File);
            sheet.Cell(row, 2).SetValue(p.Sheet ?? string.Empty);
            if (p.Row is { } r) sheet.Cell(row, 3).SetValue(r);
            sheet.Cell(row, 4).SetValue(p.Column ?? string.Empty);
            sheet.Cell(row, 5).SetValue(p.Message);
            row++;
        }
        sheet.Column(1).Width = 30;
        sheet.Column(2).Width = 14;
        sheet.Column(3).Width = 8;
        sheet.Column(4).Width = 28;
        sheet.Column(5).Width = 100;
        sheet.SheetView.FreezeRows(3);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        workbook.SaveAs(path);
    }
}
