using ClosedXML.Excel;
using Edu.Analytics;
using Edu.Analytics.Exports;
using Edu.Spreadsheets;
using Edu.Reports.Tests.Support;
using Edu.Reports.Workbook;
using Edu.Testing;

namespace Edu.Reports.Tests;

/// <summary>The region report: sheets in SPEC §8 order, and every table sheet equal to its «./edu export» table.</summary>
[Collection(ReportsCollection.Name)]
public class WorkbookContentTests(ReportsFixture fixture)
{
    // SPEC §8, copied by hand on purpose: the code's list must match the contract, not itself.
    private static readonly string[] SpecSheets =
        ["Сводка", "Показатели", "ШНОР", "ШФНСУ и резильентные", "Стабильно высокие", "Объективность", "Наставничество", "Исполнение решений", "Самодиагностика", "Дефициты ВПР",
            "Загрузки за месяц"];

    public static readonly TheoryData<string, string> ListSheets = new()
    {
        { "Показатели", "indicators" },
        { "ШНОР", "shnor" },
        { "ШФНСУ и резильентные", "resilient" },
        { "Стабильно высокие", "stable-high" },
        { "Объективность", "objectivity" },
        { "Наставничество", "mentors" },
    };

    [Fact]
    public void EverySheetIsPresentInSpecOrder()
    {
        using var workbook = new XLWorkbook(fixture.Whole.WorkbookPath);
        workbook.Worksheets.Select(s => s.Name).Should().Equal(SpecSheets);
    }

    [Theory]
    [MemberData(nameof(ListSheets))]
    public void ListSheetEqualsTheExportCellByCell(string sheet, string export)
    {
        var expected = Export(export, municipality: null);
        expected.RowCount.Should().BePositive("the sample region has rows for every list in 2025");

        SheetMatches(fixture.Whole.WorkbookPath, sheet, expected);
    }

    [Fact]
    public void DeficitsSheetHoldsTheRegionsTasksBelow50PercentThenTheMunicipalities()
    {
        var expected = Deficits(municipality: null);
        expected.RowCount.Should().BePositive("the samples carry ВПР Математика 5 of 2025 with its codifier");
        expected.Rows.Should().OnlyContain(r => r.BelowMastery && r.Level != Edu.Analytics.Model.TaskLevel.School && r.Year == ReportsFixture.ExpectedYear);
        expected.Rows.TakeWhile(r => r.Level == Edu.Analytics.Model.TaskLevel.Region).Should().NotBeEmpty("the region's tasks come first");
        expected.Rows.SkipWhile(r => r.Level == Edu.Analytics.Model.TaskLevel.Region).Should().NotBeEmpty()
            .And.OnlyContain(r => r.Level == Edu.Analytics.Model.TaskLevel.Municipality);

        SheetMatches(fixture.Whole.WorkbookPath, "Дефициты ВПР", expected);
    }

    [Fact]
    public void DeficitsSheetWrapsTheSkillTextsInRowsTallEnoughForThem()
    {
        using var workbook = new XLWorkbook(fixture.Whole.WorkbookPath);
        var sheet = workbook.Worksheet("Дефициты ВПР");
        var column = sheet.Row(TableSheet.HeaderRow).CellsUsed().Single(c => c.GetString() == "Проверяемые требования").Address.ColumnNumber;
        sheet.Column(column).Width.Should().Be(60, "the column says its width instead of the capped fit");
        // «Вычислять объём прямоугольного параллелепипеда, развитие пространственных представлений»: 87 characters, two lines.
        var row = sheet.Column(column).CellsUsed().First(c => c.Address.RowNumber >= TableSheet.FirstDataRow && c.GetString().Length > 66);
        row.Style.Alignment.WrapText.Should().BeTrue();
        sheet.Row(row.Address.RowNumber).Height.Should().BeApproximately(2 * sheet.RowHeight, 1e-9);
    }

    [Fact]
    public void SelfDiagnosticsSheetHoldsEverySchoolsLatestLevelOnTheReportDateBelowBasicFirst()
    {
        using var connection = fixture.Region.Database.Open();
        var export = new SelfDiagnosticsExport(ReportsFixture.ExpectedAsOf, new Edu.Analytics.ProjectOptions());
        var rows = export.Rows(connection, ExportFilter.None);
        rows.Should().NotBeEmpty("the samples carry the rounds of 15.11.2023 and 20.05.2024");
        var expected = new Table<SelfDiagnosticsRow>(export.Name, export.Title, export.Columns, [.. rows.OrderBy(r => r.Level)]);
        expected.Rows.Should().Contain(r => r.BelowBasic);
        expected.Rows[0].BelowBasic.Should().BeTrue("the schools below the basic level come first");

        SheetMatches(fixture.Whole.WorkbookPath, "Самодиагностика", expected);
    }

    internal Table<TaskResultRow> Deficits(string? municipality)
    {
        using var connection = fixture.Region.Database.Open();
        var export = new TaskResultsExport();
        return new Table<TaskResultRow>(export.Name, export.Title, export.Columns, export.Deficits(connection, new ExportFilter(ReportsFixture.ExpectedYear, municipality)));
    }

    [Fact]
    public void TitleLineNamesTheMonthAndTheScope()
    {
        using var workbook = new XLWorkbook(fixture.Whole.WorkbookPath);
        foreach (var sheet in workbook.Worksheets)
        {
            sheet.Cell(1, 1).GetString().Should().Contain("октябрь 2025").And.Contain("весь регион");
            sheet.Cell(2, 1).GetString().Should().Contain("31.10.2025");
        }
    }

    [Fact]
    public void TableSheetsAreFormattedForPrint()
    {
        using var workbook = new XLWorkbook(fixture.Whole.WorkbookPath);
        var printTitles = WorkbookPrintTitles.Read(fixture.Whole.WorkbookPath);
        foreach (var sheet in workbook.Worksheets.Skip(1))
        {
            sheet.SheetView.SplitRow.Should().Be(TableSheet.HeaderRow, sheet.Name);
            sheet.AutoFilter.IsEnabled.Should().BeTrue(sheet.Name);
            // ClosedXML 0.95.4 writes rows and columns to repeat as one defined name and reads back neither: read the name itself.
            printTitles[sheet.Position - 1].Should().EndWith($"!${TableSheet.HeaderRow}:${TableSheet.HeaderRow}", sheet.Name);
            var columns = sheet.LastColumnUsed().ColumnNumber();
            var inches = PrintLayout.Inches(Enumerable.Range(1, columns).Select(c => sheet.Column(c).Width));
            // Landscape where the table is wider than a portrait page; fitted to one page wide unless that would print
            // below the readable scale, and then in column groups, each repeating the columns that name the school.
            sheet.PageSetup.PageOrientation.Should().Be(inches > PrintLayout.PageWidth(XLPageOrientation.Portrait) ? XLPageOrientation.Landscape : XLPageOrientation.Portrait, sheet.Name);
            if (PrintLayout.PageWidth(XLPageOrientation.Landscape) / inches * 100 >= PrintLayout.MinScale)
            {
                sheet.PageSetup.PagesWide.Should().Be(1, sheet.Name);
            }
            else
            {
                sheet.PageSetup.Scale.Should().Be(PrintLayout.MinScale, sheet.Name);
                // A list of schools repeats Год, Логин ОО, Наименование ОО — who each row is about — on every column group;
                // another table its first column.
                var schoolList = sheet.Cell(TableSheet.HeaderRow, 2).GetString() == "Логин ОО";
                printTitles[sheet.Position - 1].Should().Contain(schoolList ? "!$A:$C," : "!$A:$A,", sheet.Name);
                if (schoolList) sheet.Cell(TableSheet.HeaderRow, 3).GetString().Should().Be("Наименование ОО", sheet.Name);
            }
        }
        // The objectivity sheet (20 columns) is the one too wide for a page: it prints in column groups.
        workbook.Worksheet("Объективность").PageSetup.Scale.Should().Be(PrintLayout.MinScale);
        var indicators = workbook.Worksheet("Показатели");
        var status = Enumerable.Range(1, 20).First(c => indicators.Cell(TableSheet.HeaderRow, c).GetString() == "Статус");
        indicators.Cell(TableSheet.FirstDataRow, status).Style.Fill.BackgroundColor.Should().NotBe(XLColor.NoColor);
        indicators.Cell(TableSheet.FirstDataRow, status + 1).Style.DateFormat.Format.Should().Be("dd.mm.yyyy");
    }

    [Theory]
    [InlineData("ШНОР", "Статус", "ШНОР", "FFFFC7CE")]
    [InlineData("ШНОР", "Статус", "группа риска", "FFFFEB9C")]
    [InlineData("Наставничество", "Подбор", "муниципалитет", "FFC6EFCE")]
    [InlineData("Загрузки за месяц", "Итог", "загружен", "FFC6EFCE")]
    public void EverySheetWithStatusesColoursThem(string sheetName, string header, string status, string fill)
    {
        using var workbook = new XLWorkbook(fixture.Whole.WorkbookPath);
        var sheet = workbook.Worksheet(sheetName);
        var column = Enumerable.Range(1, 30).First(c => sheet.Cell(TableSheet.HeaderRow, c).GetString() == header);
        var cells = sheet.Column(column).CellsUsed().Where(c => c.Address.RowNumber > TableSheet.HeaderRow && c.GetString() == status).ToList();

        cells.Should().NotBeEmpty("the sample region's October report has «{0}» in «{1}»", status, sheetName);
        cells.Should().OnlyContain(c => c.Style.Fill.BackgroundColor.Color.ToArgb().ToString("X8", System.Globalization.CultureInfo.InvariantCulture) == fill);
    }

    [Fact]
    public void SummaryCountsAgreeWithTheSheets()
    {
        using var workbook = new XLWorkbook(fixture.Whole.WorkbookPath);
        var summary = workbook.Worksheet("Сводка");
        var figures = summary.RowsUsed()
            .Where(r => r.Cell(3).DataType == XLDataType.Number)
            .ToDictionary(r => r.Cell(2).GetString(), r => r.Cell(3).GetDouble());

        figures["Всего целей"].Should().Be(Export("indicators", null).RowCount);
        figures["Стабильно высокие результаты"].Should().Be(Export("stable-high", null).RowCount);
        figures["ШНОР"].Should().BePositive();
        summary.Cell(2, 1).GetString().Should().Contain("год оценочных процедур 2025");
    }

    internal ITable Export(string name, string? municipality)
    {
        using var connection = fixture.Region.Database.Open();
        // The indicators export is not filtered by assessment year (its year filter is the deadline's); the lists are.
        var year = name == "indicators" ? (int?)null : ReportsFixture.ExpectedYear;
        return new AnalyticsExports(ReportsFixture.ExpectedAsOf, fixture.Region.Options, new ProjectOptions()).Find(name)!.Query(connection, new ExportFilter(year, municipality));
    }

    /// <summary>
    /// Compares the report sheet with the export written by ExportWriter, as a user would with «./edu export»:
    /// both go through .xlsx, so both carry the same 15 significant digits. The export rows are also checked
    /// against the typed values, so an empty or mistyped export cannot make the comparison pass.
    /// </summary>
    internal static void SheetMatches(string workbookPath, string sheet, ITable expected)
    {
        var exportPath = Path.Combine(Path.GetDirectoryName(workbookPath)!, "..", "exports", $"{Path.GetFileNameWithoutExtension(workbookPath)}_{expected.Name}.xlsx");
        ExportWriter.Write(expected, exportPath, DocumentHeading.ForExport(expected.Title, [], ReportsFixture.ExpectedAsOf, SampleRegion.Clock, "тест"));
        var exported = SheetRows.ReadExport(exportPath, expected.Columns.Count);
        var actual = SheetRows.Read(workbookPath, sheet, expected.Columns.Count);

        actual.Headers.Should().Equal(expected.Columns.Select(c => c.Header));
        exported.Rows.Should().HaveCount(expected.RowCount);
        actual.Rows.Should().HaveCount(expected.RowCount);
        for (var r = 0; r < expected.RowCount; r++)
        {
            for (var c = 0; c < expected.Columns.Count; c++)
            {
                var because = $"{sheet}, row {r + 1}, column «{expected.Columns[c].Header}»";
                actual.Rows[r][c].Should().Be(exported.Rows[r][c], because);
                if (ExpectedCell.From(expected.Value(r, c), expected.Columns[c]) is double number) ((double)actual.Rows[r][c]!).Should().BeApproximately(number, 1e-9, because);
                else actual.Rows[r][c].Should().Be(ExpectedCell.From(expected.Value(r, c), expected.Columns[c]), because);
            }
        }
    }
}
