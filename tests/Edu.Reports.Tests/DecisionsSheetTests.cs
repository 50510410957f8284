using ClosedXML.Excel;
using Edu.Analytics;
using Edu.Analytics.Exports;
using Edu.Analytics.Model;
using Edu.Reports.Tests.Support;
using Edu.Reports.Workbook;
using Edu.Spreadsheets;

namespace Edu.Reports.Tests;

/// <summary>
/// «Исполнение решений» (SPEC §8, §11): the decisions export as of the month's last day, restricted to the items the
/// month is about — overdue, due in the month, done in the month — in that order, with status colours.
/// </summary>
[Collection(ReportsCollection.Name)]
public sealed class DecisionsSheetTests(ReportsFixture fixture)
{
    private const string Sheet = "Исполнение решений";

    /// <summary>The export as of the month's last day, filtered by hand by the sheet's rule.</summary>
    internal Table<DecisionRow> Expected(ReportMonth month, string? municipality)
    {
        using var connection = fixture.Region.Database.Open();
        var all = new AnalyticsExports(month.LastDay, fixture.Region.Options, new ProjectOptions()).Decisions.Query(connection, new ExportFilter(null, municipality));
        bool In(DateOnly? d) => d is { } day && day.Year == month.Year && day.Month == month.Month;
        var overdue = all.Rows.Where(r => r.Status == ExecutionStatus.Overdue);
        var due = all.Rows.Where(r => r.Status != ExecutionStatus.Overdue && !In(r.DoneDate) && In(r.Deadline));
        var done = all.Rows.Where(r => r.Status != ExecutionStatus.Overdue && In(r.DoneDate));
        return MonthDecisions.OnSheet(all.With([.. overdue, .. due, .. done]));
    }

    [Fact]
    public void The_sheet_is_the_exports_overdue_items_due_and_done_in_the_month()
    {
        var expected = Expected(ReportsFixture.Month, null);

        // October 2025: nothing of the five documents falls due or is marked done then; every undone dated item is overdue.
        expected.Rows.Should().NotBeEmpty().And.OnlyContain(r => r.Status == ExecutionStatus.Overdue);
        WorkbookContentTests.SheetMatches(fixture.Whole.WorkbookPath, Sheet, expected);
    }

    [Fact]
    public void A_month_with_deadlines_and_executions_lists_them_after_the_overdue_items()
    {
        // June 2024: item 7 of the decision of 22.12.2023 is due on 30.06.2024 (in progress that day), item 16 was done on 27.06.2024.
        var month = new ReportMonth(2024, 6);
        MonthlyReportResult report;
        using (var connection = fixture.Region.Database.Open())
            report = MonthlyReport.Build(connection, new MonthlyReportRequest(month), fixture.Region.Options, new ProjectOptions(), fixture.Region.Output("june-2024"), fixture.Region.ReportClock);
        var expected = Expected(month, null);

        WorkbookContentTests.SheetMatches(report.WorkbookPath, Sheet, expected);
        var statuses = expected.Rows.Select(r => r.Status).Distinct().ToList();
        statuses.Should().Equal(ExecutionStatus.Overdue, ExecutionStatus.InProgress, ExecutionStatus.Done);
        expected.Rows.Where(r => r.Status != ExecutionStatus.Overdue).Select(r => (r.Item, r.Status)).Should().Contain(
            [("7", ExecutionStatus.InProgress), ("16", ExecutionStatus.Done)]);
    }

    [Fact]
    public void Status_cells_are_coloured_and_empty_target_statuses_are_not()
    {
        using var workbook = new XLWorkbook(fixture.Whole.WorkbookPath);
        var sheet = workbook.Worksheet(Sheet);
        var headers = Headers(sheet);
        var status = headers.IndexOf("Статус") + 1;
        var target = headers.IndexOf("Статус цели") + 1;

        sheet.Cell(TableSheet.FirstDataRow, status).Style.Fill.BackgroundColor.Should().Be(XLColor.FromHtml("#FFC7CE"), "overdue is red as a missed target");
        var rows = Enumerable.Range(TableSheet.FirstDataRow, 400).TakeWhile(r => !sheet.Cell(r, 1).IsEmpty()).ToList();
        // An uncoloured cell has the fill of the row's other cells (the document's name, say).
        var plain = sheet.Cell(TableSheet.FirstDataRow, 1).Style.Fill.BackgroundColor;
        rows.Where(r => !sheet.Cell(r, target).IsEmpty()).Should().NotBeEmpty()
            .And.OnlyContain(r => sheet.Cell(r, target).Style.Fill.BackgroundColor != plain);
        rows.Where(r => sheet.Cell(r, target).IsEmpty()).Should().NotBeEmpty()
            .And.OnlyContain(r => sheet.Cell(r, target).Style.Fill.BackgroundColor == plain);
    }

    [Fact]
    public void The_sheet_holds_the_specs_columns_and_leaves_the_details_to_the_export_so_the_printout_stays_readable()
    {
        using var workbook = new XLWorkbook(fixture.Whole.WorkbookPath);
        var sheet = workbook.Worksheet(Sheet);
        var headers = Headers(sheet).TakeWhile(h => h.Length > 0).ToList();

        headers.Should().HaveCount(16, "the SPEC's 16 columns");
        headers[^1].Should().Be("Статус цели");
        headers.Should().NotContain("Дата значения до решения");
    }

    private static List<string> Headers(IXLWorksheet sheet) =>
        [.. Enumerable.Range(1, 30).Select(c => sheet.Cell(TableSheet.HeaderRow, c).GetString())];
}
