using ClosedXML.Excel;
using Edu.Spreadsheets;

namespace Edu.Reports.Workbook;

/// <summary>The two lines above every sheet's content: what the sheet is, for which month and scope, as of when.</summary>
internal static class TitleLines
{
    public static void Write(IXLWorksheet sheet, string title, ReportContext context, string? note = null)
    {
        var head = sheet.Cell(1, 1);
        ExportCell.SetText(head, $"{title} — {context.Request.Month.RussianName}, {context.Request.ScopeName}");
        head.Style.Font.Bold = true;
        head.Style.Font.FontSize = 14;
        var details = $"Данные на {context.Tables.AsOf:dd.MM.yyyy}";
        if (note is not null) details += "; " + note;
        ExportCell.SetText(sheet.Cell(2, 1), details);
        sheet.Cell(2, 1).Style.Font.Italic = true;
    }
}
