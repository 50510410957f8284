using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Edu.Spreadsheets;

/// <summary>The workbook every document is written into (<see cref="DocumentSheet"/>), and how it is saved.</summary>
public static class DocumentWorkbook
{
    private const string Font = "Arial";
    private const int FontSize = 10;

    /// <summary>
    /// A workbook in Arial 10: Excel has it everywhere and LibreOffice maps it to the metric-compatible Liberation Sans, so
    /// column widths and line breaks come out alike in both — with Calibri, which LibreOffice replaces by a wider font
    /// where Carlito is missing, columns printed a third wider than set and numbers as «###». Save it with <see cref="Save(XLWorkbook, Stream)"/>.
    /// </summary>
    public static XLWorkbook Create()
    {
        var workbook = new XLWorkbook();
        workbook.Style.Font.FontName = Font;
        workbook.Style.Font.FontSize = FontSize;
        return workbook;
    }

    /// <summary>
    /// Saves a workbook of <see cref="Create"/> with Arial 10 as its default («Normal») font too — widths are counted
    /// in the default font's digits, and ClosedXML 0.95.4 always writes Calibri 11 there — and with its print titles as
    /// absolute references (<see cref="PrintTitles"/>).
    /// </summary>
    public static void Save(XLWorkbook workbook, Stream output)
    {
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        using (var package = SpreadsheetDocument.Open(buffer, isEditable: true))
        {
            var normal = package.WorkbookPart!.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().First();
            normal.FontName = new FontName { Val = Font };
            normal.FontSize = new FontSize { Val = FontSize };
            foreach (var name in package.WorkbookPart.Workbook.DefinedNames?.Elements<DefinedName>() ?? [])
                if (name.Name?.Value == "_xlnm.Print_Titles") name.Text = PrintTitles.Absolute(name.Text);
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    public static void Save(XLWorkbook workbook, string path)
    {
        using var file = File.Create(path);
        Save(workbook, file);
    }
}
