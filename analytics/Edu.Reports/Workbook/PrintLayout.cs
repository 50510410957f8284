using ClosedXML.Excel;

namespace Edu.Reports.Workbook;

/// <summary>A4 landscape, one page wide, the header row repeated on every printed page.</summary>
internal static class PrintLayout
{
    public static void Apply(IXLWorksheet sheet, int? repeatedHeaderRow)
    {
        var page = sheet.PageSetup;
        page.PaperSize = XLPaperSize.A4Paper;
        page.PageOrientation = XLPageOrientation.Landscape;
        // 0 pages tall = as many as needed: only the width is fitted, so long lists stay readable.
        page.FitToPages(1, 0);
        page.Margins.Left = 0.4;
        page.Margins.Right = 0.4;
        page.Margins.Top = 0.5;
        page.Margins.Bottom = 0.5;
        page.Footer.Center.AddText("Страница ");
        page.Footer.Center.AddText(XLHFPredefinedText.PageNumber);
        page.Footer.Center.AddText(" из ");
        page.Footer.Center.AddText(XLHFPredefinedText.NumberOfPages);
        if (repeatedHeaderRow is { } row) page.SetRowsToRepeatAtTop(row, row);
    }
}
