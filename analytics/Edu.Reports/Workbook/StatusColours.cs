using ClosedXML.Excel;
using Edu.Spreadsheets;

namespace Edu.Reports.Workbook;

/// <summary>
/// Fills the «Статус» cell of each target by its status, so a printout shows at a glance what is
/// achieved and what is at risk. Pale fills keep the text readable in greyscale print.
/// </summary>
internal static class StatusColours
{
    public const string StatusHeader = "Статус";

    private static readonly Dictionary<string, XLColor> Fills = new(StringComparer.Ordinal)
    {
        ["достигнут"] = XLColor.FromHtml("#C6EFCE"),
        ["в срок"] = XLColor.FromHtml("#E2EFDA"),
        ["риск"] = XLColor.FromHtml("#FFEB9C"),
        ["не достигнут"] = XLColor.FromHtml("#FFC7CE"),
        ["нет данных"] = XLColor.FromHtml("#EDEDED"),
    };

    public static void Apply(IXLWorksheet sheet, ExportTable table)
    {
        var column = TableColumns.Index(table, StatusHeader);
        if (column < 0) return;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            if (table.Rows[r][column] is string status && Fills.TryGetValue(status, out var fill))
                sheet.Cell(TableSheet.FirstDataRow + r, column + 1).Style.Fill.BackgroundColor = fill;
        }
    }
}
