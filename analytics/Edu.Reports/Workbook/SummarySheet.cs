using ClosedXML.Excel;
using ClosedXML.Excel.Drawings;
using Edu.Reports.Charts;
using Edu.Spreadsheets;

namespace Edu.Reports.Workbook;

/// <summary>
/// «Сводка»: the report's heading and the key counts with explanations (a document table like every other sheet), then
/// every chart as an image, each kept whole on a printed page (a chart cut in two is unreadable on paper), landscape, at
/// the scale at which the table's width and the tallest chart fit.
/// </summary>
internal static class SummarySheet
{
    public const string Name = "Сводка";

    private static readonly ColumnMap<SummaryFigure> Columns = new ColumnMap<SummaryFigure>()
        .Text("section", "Раздел", f => f.Section)
        .Text("name", "Показатель", f => f.Name)
        .Integer("value", "Значение", f => f.Value)
        // Wide enough for each explanation on one line: the sheet is the report's first page.
        .Add(new Column<SummaryFigure>("explanation", "Пояснение", ColumnType.Text, f => f.Explanation) { Width = 80 });

    // Points per pixel at 96 dpi; rows under the pictures keep the default height.
    private const double PixelPoints = 0.75;

    // A4 landscape less the 0.5″ top and bottom margins, in points.
    private const double PageHeightPoints = (8.27 - 1.0) * 72;

    public static void Add(XLWorkbook workbook, ReportContext context, IReadOnlyList<ReportChart> charts)
    {
        var sheet = workbook.Worksheets.Add(Name);
        var figures = new Table<SummaryFigure>("summary", Name, Columns, SummaryFigures.From(context.Tables));
        // The header is not repeated: the pages after the figures hold the charts.
        DocumentSheet.Write(sheet, figures, context.Heading("Ежемесячный отчёт о качестве образования", context.YearNote), repeatHeader: false);
        var row = DocumentSheet.FirstDataRow + figures.RowCount;
        if (context.Request.Municipality is not null)
        {
            ExportCell.SetText(sheet.Cell(row, 1), "История загрузок общая для региона и в отчёт по муниципалитету не входит.");
            sheet.Cell(row, 1).Style.Font.Italic = true;
            row++;
        }

        var sizes = charts.Select(c => PngSize(c.Png)).ToList();
        var page = sheet.PageSetup;
        page.PageOrientation = XLPageOrientation.Landscape;
        // A fixed scale rather than «fit to width»: with fitting, LibreOffice and Excel ignore the manual page breaks below.
        var widths = Enumerable.Range(1, Columns.Count).Select(c => sheet.Column(c).Width).ToList();
        var wide = Math.Max(PrintLayout.Inches(widths), sizes.Select(s => s.Width).DefaultIfEmpty(0).Max() / 96.0);
        // The tallest chart with the charts' heading above it fits one page.
        var tall = (RowsFor(sizes.Select(s => s.Height).DefaultIfEmpty(0).Max()) + 1) * DocumentSheet.LineHeight;
        var scale = Math.Min(1.0, Math.Min(PrintLayout.PageWidth(XLPageOrientation.Landscape) / wide, PageHeightPoints / tall));
        page.Scale = (int)Math.Floor(scale * 100);

        // The charts start on a page of their own; a chart that would not fit below the one before starts the next.
        row++;
        page.AddHorizontalPageBreak(row - 1);
        ExportCell.SetText(sheet.Cell(row, 1), "Диаграммы (также сохранены рядом с отчётом в PNG)");
        sheet.Cell(row, 1).Style.Font.Bold = true;
        row++;
        var pageHeight = PageHeightPoints / (page.Scale / 100.0);
        var used = DocumentSheet.LineHeight;
        foreach (var chart in charts)
        {
            using var stream = new MemoryStream(chart.Png);
            var picture = sheet.AddPicture(stream, XLPictureFormat.Png, Path.GetFileNameWithoutExtension(chart.FileName));
            var rows = RowsFor(picture.Height);
            if (used + (rows * DocumentSheet.LineHeight) > pageHeight)
            {
                page.AddHorizontalPageBreak(row - 1);
                used = 0;
            }
            picture.MoveTo(sheet.Cell(row + 1, 1));
            for (var r = row; r < row + rows; r++) sheet.Row(r).Height = DocumentSheet.LineHeight;
            row += rows;
            used += rows * DocumentSheet.LineHeight;
        }
    }

    // The rows a picture takes, with an empty one above and below: a picture starting on a page's first row also drew a
    // sliver on the page before.
    private static int RowsFor(int pixels) => (int)Math.Ceiling(pixels * PixelPoints / DocumentSheet.LineHeight) + 2;

    // A PNG's width and height are big-endian at bytes 16 and 20, in its IHDR chunk.
    private static (int Width, int Height) PngSize(byte[] png) =>
        ((png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19], (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23]);
}
