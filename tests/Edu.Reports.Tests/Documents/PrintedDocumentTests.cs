using System.Text.RegularExpressions;
using Edu.Analytics;
using Edu.Analytics.Exports;
using Edu.Reports.Tests.Support;
using Edu.Reports.Workbook;
using Edu.Spreadsheets;

namespace Edu.Reports.Tests.Documents;

/// <summary>
/// Every export and the monthly report, printed to PDF by LibreOffice as an analyst would before the council: no
/// «###» where a number or a date did not fit, the heading on the first page, the times in the region's zone with its
/// label, every chart whole on one page, and a page count within a bound (a layout that explodes into hundreds of
/// pages, or a page per column, fails).
/// </summary>
[Collection(ReportsCollection.Name)]
public sealed partial class PrintedDocumentTests(ReportsFixture fixture)
{
    [Fact]
    public void Every_export_prints_readably_with_its_heading()
    {
        var folder = fixture.Region.Output("printed-exports");
        var exports = new AnalyticsExports(ReportsFixture.ExpectedAsOf, fixture.Region.Options, new ProjectOptions());
        var tables = new List<(ITable Table, string Path)>();
        using (var connection = fixture.Region.Database.Open())
        {
            foreach (var export in exports.All)
            {
                var table = export.Query(connection, ExportFilter.None);
                var path = Path.Combine(folder, export.Name + ".xlsx");
                ExportWriter.Write(table, path, DocumentHeading.ForExport(table.Title, [], ReportsFixture.ExpectedAsOf, SampleRegion.Clock, "аналитик"));
                tables.Add((table, path));
            }
        }

        LibreOffice.Print([.. tables.Select(t => t.Path)], folder);

        foreach (var (table, path) in tables)
        {
            var pdf = LibreOffice.PdfOf(path, folder);
            var text = LibreOffice.Text(pdf);
            text.Should().NotContain("###", "{0}: a number or date too wide for its column prints as ###", table.Name);
            var first = text.Split('\f')[0];
            first.Should().Contain(table.Title, table.Name).And.Contain("Данные на 31.10.2025; отбор: все строки", table.Name);
            Squeezed(first).Should().Contain("Сформировано20.11.202512:00МСК;пользователь:аналитик", "{0}: when and by whom, in Moscow time", table.Name);
            // A header's words may wrap onto lines of their own: its first word starts the table.
            Squeezed(first).Should().MatchRegex(Regex.Escape(table.Columns[0].Header.Split(' ')[0]) + ".*" + Regex.Escape(table.Columns[1].Header.Split(' ')[0]),
                "{0}: the header is on the first page", table.Name);
            LibreOffice.Pages(pdf).Should().BeLessThanOrEqualTo(PageBound(table), table.Name);
        }
    }

    [Fact]
    public void The_monthly_report_prints_with_whole_charts_no_hashes_and_a_heading_on_every_sheet()
    {
        var folder = fixture.Region.Output("printed-report");
        LibreOffice.Print([fixture.Whole.WorkbookPath], folder);
        var pdf = LibreOffice.PdfOf(fixture.Whole.WorkbookPath, folder);
        var text = LibreOffice.Text(pdf);

        text.Should().NotContain("###", "the «Срок» column printed as ### before");
        foreach (var sheet in ReportWorkbook.SheetNames.Skip(1))
            Squeezed(text).Should().Contain(Squeezed($"{sheet} — октябрь 2025, весь регион"), "every sheet starts with its heading");
        Squeezed(text).Should().StartWith(Squeezed("Ежемесячный отчёт о качестве образования — октябрь 2025, весь регион"));
        Squeezed(text).Should().Contain("Сформировано20.11.202512:00МСК", "the report's time is Moscow's, as on the page");

        // Each chart is drawn once, on one page: a chart split across two pages would be drawn on both.
        LibreOffice.ImagePages(pdf).Should().HaveCount(fixture.Whole.ChartPaths.Count);
        // The other sheets fit in 60 pages; «Исполнение решений» quotes whole decision texts and is bounded as an export.
        Table<DecisionRow> decisions;
        using (var connection = fixture.Region.Database.Open())
            decisions = MonthDecisions.Query(new AnalyticsExports(ReportsFixture.ExpectedAsOf, fixture.Region.Options, new ProjectOptions()).Decisions,
                connection, ReportsFixture.Month, null);
        LibreOffice.Pages(pdf).Should().BeLessThanOrEqualTo(60 + PageBound(decisions));
    }

    [Fact]
    public void A_wide_export_prints_in_column_groups_that_repeat_who_each_row_is_about()
    {
        var folder = fixture.Region.Output("printed-wide");
        ITable table;
        using (var connection = fixture.Region.Database.Open())
            table = new ObjectivityExport().Query(connection, new ExportFilter(ReportsFixture.ExpectedYear));
        var path = Path.Combine(folder, "objectivity.xlsx");
        ExportWriter.Write(table, path, DocumentHeading.ForExport(table.Title, [("год", "2025")], ReportsFixture.ExpectedAsOf, SampleRegion.Clock, null));

        LibreOffice.Print([path], folder);
        var pages = LibreOffice.Text(LibreOffice.PdfOf(path, folder)).Split('\f').Where(p => p.Trim().Length > 0).ToList();

        // The columns to the right of the first group print on their own pages, each again with the school's login.
        var later = pages.Where(p => p.Contains("Корреляция", StringComparison.Ordinal)).ToList();
        later.Should().NotBeEmpty("the 20 columns do not fit one page at a readable scale");
        later.Should().OnlyContain(p => p.Contains("Логин ОО", StringComparison.Ordinal) && Regex.IsMatch(p, @"sch47\d{4}"));
        pages.Should().OnlyContain(p => p.Contains("Логин ОО", StringComparison.Ordinal), "the header row repeats on every page");
    }

    /// <summary>
    /// Generous: two pages per 25 rows and three column groups; a broken layout is far above it. A row whose longest
    /// text runs past 120 characters counts as one row per 120 of them: a decision quoted whole wraps to many lines.
    /// </summary>
    private static int PageBound(ITable table)
    {
        var rows = Enumerable.Range(0, table.RowCount)
            .Sum(r => Enumerable.Range(0, table.Columns.Count).Select(c => table.Value(r, c) is string s ? (s.Length + 119) / 120 : 1).Append(1).Max());
        return Math.Max(1, (int)Math.Ceiling(rows / 25.0)) * 2 * 3;
    }

    // pdftotext spaces the letters of a line as it likes: compare without white space.
    private static string Squeezed(string text) => Spaces().Replace(text, "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
