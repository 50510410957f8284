using ClosedXML.Excel;
using Edu.Analytics.Model;
using Edu.Reference;
using Edu.Spreadsheets;

namespace Edu.Reports.Workbook;

/// <summary>
/// Fills every status cell of a sheet by its status — target statuses, a decision item's execution, ШНОР and группа
/// риска, how a mentor was found, a load's outcome — so a printout shows at a glance what is fine and what needs the
/// council. The column that writes a status is the one labelled with its label set; pale fills keep the text readable in
/// greyscale print.
/// </summary>
internal static class StatusColours
{
    private static readonly XLColor Good = XLColor.FromHtml("#C6EFCE");
    private static readonly XLColor Fair = XLColor.FromHtml("#E2EFDA");
    private static readonly XLColor Warning = XLColor.FromHtml("#FFEB9C");
    private static readonly XLColor Bad = XLColor.FromHtml("#FFC7CE");
    private static readonly XLColor None = XLColor.FromHtml("#EDEDED");

    private static readonly Dictionary<ILabelSet, Dictionary<string, XLColor>> Fills = new()
    {
        [Labels.AttainmentStatuses] = new()
        {
            [Labels.Status(AttainmentStatus.Achieved)] = Good,
            [Labels.Status(AttainmentStatus.OnTrack)] = Fair,
            [Labels.Status(AttainmentStatus.AtRisk)] = Warning,
            [Labels.Status(AttainmentStatus.NotAchieved)] = Bad,
            [Labels.Status(AttainmentStatus.NoData)] = None,
        },
        [Labels.ExecutionStatuses] = new()
        {
            [Labels.ExecutionStatuses.Text(ExecutionStatus.Done)] = Good,
            [Labels.ExecutionStatuses.Text(ExecutionStatus.InProgress)] = Warning,
            [Labels.ExecutionStatuses.Text(ExecutionStatus.Overdue)] = Bad,
            [Labels.ExecutionStatuses.Text(ExecutionStatus.Recurring)] = None,
            [Labels.ExecutionStatuses.Text(ExecutionStatus.NoDeadline)] = None,
        },
        [Labels.ShnorStatuses] = new()
        {
            [Labels.Status(ShnorStatus.Shnor)] = Bad,
            [Labels.Status(ShnorStatus.RiskGroup)] = Warning,
        },
        [Labels.MentorMatches] = new()
        {
            [Labels.Match(MentorMatch.Municipality)] = Good,
            [Labels.Match(MentorMatch.District)] = Fair,
            [Labels.Match(MentorMatch.NotFound)] = Bad,
        },
        [LoadStatuses.Labels] = new()
        {
            [LoadStatuses.Labels.Text(LoadStatus.Loaded)] = Good,
            [LoadStatuses.Labels.Text(LoadStatus.AlreadyLoaded)] = None,
            [LoadStatuses.Labels.Text(LoadStatus.Rejected)] = Bad,
        },
    };

    public static void Apply(IXLWorksheet sheet, ITable table)
    {
        for (var c = 0; c < table.Columns.Count; c++)
        {
            if (table.Columns[c].Labels is not { } labels || !Fills.TryGetValue(labels, out var fills)) continue;
            for (var r = 0; r < table.RowCount; r++)
            {
                if (table.Value(r, c) is string text && fills.TryGetValue(text, out var fill))
                    sheet.Cell(TableSheet.FirstDataRow + r, c + 1).Style.Fill.BackgroundColor = fill;
            }
        }
    }

    /// <summary>Whether a sheet of this table gets any status fill: the test of «every sheet that has statuses».</summary>
    public static bool HasStatuses(ITable table) => table.Columns.Any(c => c.Labels is { } labels && Fills.ContainsKey(labels));
}
