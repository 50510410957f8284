using ClosedXML.Excel;
using Edu.Analytics.Exports;
using Edu.Analytics.Model;
using Edu.Spreadsheets;

namespace Edu.Reports.Workbook;

/// <summary>
/// Fills the «Статус» cell of each target by its status, so a printout shows at a glance what is
/// achieved and what is at risk. Pale fills keep the text readable in greyscale print.
/// </summary>
internal static class StatusColours
{
    private static readonly Dictionary<AttainmentStatus, XLColor> Fills = new()
    {
        [AttainmentStatus.Achieved] = XLColor.FromHtml("#C6EFCE"),
        [AttainmentStatus.OnTrack] = XLColor.FromHtml("#E2EFDA"),
        [AttainmentStatus.AtRisk] = XLColor.FromHtml("#FFEB9C"),
        [AttainmentStatus.NotAchieved] = XLColor.FromHtml("#FFC7CE"),
        [AttainmentStatus.NoData] = XLColor.FromHtml("#EDEDED"),
    };

    public static void Apply(IXLWorksheet sheet, Table<IndicatorRow> table)
    {
        // The column that writes the statuses is the one labelled with them.
        var column = table.Columns.ToList().FindIndex(c => c.Labels == Labels.AttainmentStatuses) + 1;
        for (var r = 0; r < table.Rows.Count; r++)
            sheet.Cell(TableSheet.FirstDataRow + r, column).Style.Fill.BackgroundColor = Fills[table.Rows[r].Status];
    }
}
