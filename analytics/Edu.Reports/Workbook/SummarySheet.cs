using System.Globalization;
using ClosedXML.Excel;
using ClosedXML.Excel.Drawings;
using Edu.Spreadsheets;
using Edu.Reports.Charts;

namespace Edu.Reports.Workbook;

/// <summary>«Сводка»: what the report covers, the key counts with explanations, then every chart as an image.</summary>
internal static class SummarySheet
{
    public const string Name = "Сводка";

    // ClosedXML's default row height in pixels at 96 dpi (15 pt); used to leave room under each picture.
    private const double RowPixels = 20;

    public static void Add(XLWorkbook workbook, ReportContext context, IReadOnlyList<ReportChart> charts)
    {
        var sheet = workbook.Worksheets.Add(Name);
        TitleLines.Write(sheet, "Ежемесячный отчёт о качестве образования", context, context.YearNote);
        ExportCell.SetText(sheet.Cell(3, 1), $"Сформирован {context.GeneratedAt.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture)}");

        var row = 5;
        string[] headers = ["Раздел", "Показатель", "Значение", "Пояснение"];
        for (var c = 0; c < headers.Length; c++)
        {
            var cell = sheet.Cell(row, c + 1);
            ExportCell.SetText(cell, headers[c]);
            cell.Style.Font.Bold = true;
            cell.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        }
        foreach (var figure in SummaryFigures.From(context.Tables))
        {
            row++;
            ExportCell.SetText(sheet.Cell(row, 1), figure.Section);
            ExportCell.SetText(sheet.Cell(row, 2), figure.Name);
            sheet.Cell(row, 3).SetValue(figure.Value);
            sheet.Cell(row, 3).Style.NumberFormat.Format = "0";
            ExportCell.SetText(sheet.Cell(row, 4), figure.Explanation);
        }
        if (context.Request.Municipality is not null)
        {
            row++;
            ExportCell.SetText(sheet.Cell(row, 1), "История загрузок общая для региона и в отчёт по муниципалитету не входит.");
            sheet.Cell(row, 1).Style.Font.Italic = true;
        }
        sheet.Column(1).Width = 24;
        sheet.Column(2).Width = 36;
        sheet.Column(3).Width = 10;
        sheet.Column(4).Width = 80;
        sheet.Column(4).Style.Alignment.WrapText = true;

        row += 2;
        ExportCell.SetText(sheet.Cell(row, 1), "Диаграммы (также сохранены рядом с отчётом в PNG)");
        sheet.Cell(row, 1).Style.Font.Bold = true;
        row++;
        foreach (var chart in charts) row = AddPicture(sheet, chart, row);
        PrintLayout.Apply(sheet, repeatedHeaderRow: null);
    }

    private static int AddPicture(IXLWorksheet sheet, ReportChart chart, int row)
    {
        using var stream = new MemoryStream(chart.Png);
        var picture = sheet.AddPicture(stream, XLPictureFormat.Png, PictureName(chart)).MoveTo(sheet.Cell(row, 1));
        return row + (int)Math.Ceiling(picture.Height / RowPixels) + 2;
    }

    // Picture names must be unique in a sheet; the file name already is.
    private static string PictureName(ReportChart chart) => Path.GetFileNameWithoutExtension(chart.FileName);
}
