using ClosedXML.Excel;

namespace Edu.Spreadsheets;

/// <summary>
/// How a table prints on A4: portrait when it fits, else landscape fitted to the page's width — but never below
/// <see cref="MinScale"/>: a wider table then prints in column groups, each page repeating the columns that say which
/// school a row is about, instead of in letters nobody can read. The header rows repeat on every page.
/// </summary>
public static class PrintLayout
{
    /// <summary>The smallest print scale, in %: 11 pt text at 65 % is about 7 pt, still readable on paper.</summary>
    public const int MinScale = 65;

    // A4 less 0.4″ margins each side, in inches.
    private const double PortraitWidth = 8.27 - 0.8;
    private const double LandscapeWidth = 11.69 - 0.8;

    /// <summary>
    /// Page setup for a sheet whose columns have <paramref name="widths"/> (character units); rows 1..<paramref name="headerRow"/>
    /// repeat at the top of every page, and the first <paramref name="keyColumns"/> columns at the left of every column group.
    /// </summary>
    public static void Apply(IXLWorksheet sheet, IReadOnlyList<double> widths, int? headerRow, int keyColumns)
    {
        var page = sheet.PageSetup;
        Base(page);
        var inches = Inches(widths);
        if (inches <= PortraitWidth)
        {
            page.PageOrientation = XLPageOrientation.Portrait;
            page.FitToPages(1, 0);
        }
        else if (LandscapeWidth / inches * 100 >= MinScale)
        {
            page.PageOrientation = XLPageOrientation.Landscape;
            // 0 pages tall = as many as needed: only the width is fitted, so long lists stay readable.
            page.FitToPages(1, 0);
        }
        else
        {
            page.PageOrientation = XLPageOrientation.Landscape;
            page.Scale = MinScale;
            page.PageOrder = XLPageOrderValues.DownThenOver;
            if (keyColumns > 0) page.SetColumnsToRepeatAtLeft(1, keyColumns);
        }
        if (headerRow is { } row) page.SetRowsToRepeatAtTop(row, row);
    }

    /// <summary>A4 with narrow margins and «Страница N из M» at the foot.</summary>
    public static void Base(IXLPageSetup page)
    {
        page.PaperSize = XLPaperSize.A4Paper;
        page.Margins.Left = 0.4;
        page.Margins.Right = 0.4;
        page.Margins.Top = 0.5;
        page.Margins.Bottom = 0.5;
        page.Footer.Center.AddText("Страница ");
        page.Footer.Center.AddText(XLHFPredefinedText.PageNumber);
        page.Footer.Center.AddText(" из ");
        page.Footer.Center.AddText(XLHFPredefinedText.NumberOfPages);
    }

    /// <summary>How many of the first columns print on the first page: all of them, unless the table prints in column groups.</summary>
    public static int FirstPageColumns(IReadOnlyList<double> widths)
    {
        if (LandscapeWidth / Inches(widths) * 100 >= MinScale) return widths.Count;
        var room = LandscapeWidth * 100 / MinScale;
        var count = 0;
        while (count < widths.Count && Inches(widths.Take(count + 1)) <= room) count++;
        return Math.Max(count, 1);
    }

    /// <summary>Printed width of columns at 100 %: Excel draws a width of w characters as 7w + 5 pixels at 96 dpi.</summary>
    public static double Inches(IEnumerable<double> widths) => widths.Sum(w => (w * 7) + 5) / 96;

    /// <summary>The printable width of an A4 page, in inches.</summary>
    public static double PageWidth(XLPageOrientation orientation) => orientation == XLPageOrientation.Portrait ? PortraitWidth : LandscapeWidth;
}
