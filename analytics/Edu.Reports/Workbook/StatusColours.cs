using ClosedXML.Excel;
using Edu.Analytics.Model;
using Edu.Spreadsheets;

namespace Edu.Reports.Workbook;

/// <summary>
/// Fills each status cell by its status — a target's («достигнут»…) or a decision item's («исполнено»…) — so a
/// printout shows at a glance what is done and what is at risk. Pale fills keep the text readable in greyscale print.
/// </summary>
internal static class StatusColours
{
    private static readonly XLColor Good = XLColor.FromHtml("#C6EFCE");
    private static readonly XLColor Fine = XLColor.FromHtml("#E2EFDA");
    private static readonly XLColor Warning = XLColor.FromHtml("#FFEB9C");
    private static readonly XLColor Bad = XLColor.FromHtml("#FFC7CE");
    private static readonly XLColor None = XLColor.FromHtml("#EDEDED");

    private static readonly Dictionary<string, XLColor> Fills = new(StringComparer.Ordinal)
    {
        [Labels.Status(AttainmentStatus.Achieved)] = Good,
        [Labels.Status(AttainmentStatus.OnTrack)] = Fine,
        [Labels.Status(AttainmentStatus.AtRisk)] = Warning,
        [Labels.Status(AttainmentStatus.NotAchieved)] = Bad,
        [Labels.Status(AttainmentStatus.NoData)] = None,
        [Labels.ExecutionStatuses.Text(ExecutionStatus.Done)] = Good,
        [Labels.ExecutionStatuses.Text(ExecutionStatus.InProgress)] = Warning,
        [Labels.ExecutionStatuses.Text(ExecutionStatus.Overdue)] = Bad,
        [Labels.ExecutionStatuses.Text(ExecutionStatus.Recurring)] = None,
        [Labels.ExecutionStatuses.Text(ExecutionStatus.NoDeadline)] = None,
    };

    /// <summary>Colours every cell of the columns labelled with target or decision statuses; an empty cell stays white.</summary>
    public static void Apply(IXLWorksheet sheet, ITable table)
    {
        for (var c = 0; c < table.Columns.Count; c++)
        {
            if (table.Columns[c].Labels != Labels.AttainmentStatuses && table.Columns[c].Labels != Labels.ExecutionStatuses) continue;
            for (var r = 0; r < table.RowCount; r++)
            {
                if (table.Value(r, c) is string status)
                    sheet.Cell(TableSheet.FirstDataRow + r, c + 1).Style.Fill.BackgroundColor = Fills[status];
            }
        }
    }
}
