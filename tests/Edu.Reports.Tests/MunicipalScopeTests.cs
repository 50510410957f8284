using ClosedXML.Excel;
using Edu.Reference;
using Edu.Reports.Tests.Support;
using Edu.Reports.Workbook;

namespace Edu.Reports.Tests;

/// <summary>A municipal report (SPEC §9) holds only its municipality: every table row, the load history (none) and the title.</summary>
[Collection(ReportsCollection.Name)]
public class MunicipalScopeTests(ReportsFixture fixture)
{
    private const string Municipality = ReportsFixture.Municipality;

    [Theory]
    [InlineData("Показатели", "indicators")]
    [InlineData("ШНОР", "shnor")]
    [InlineData("ШФНСУ и резильентные", "resilient")]
    [InlineData("Стабильно высокие", "stable-high")]
    [InlineData("Объективность", "objectivity")]
    [InlineData("Наставничество", "mentors")]
    public void ListSheetEqualsTheMunicipalExportAndHoldsOnlyThatMunicipality(string sheet, string export)
    {
        var expected = new WorkbookContentTests(fixture).Export(export, Municipality);
        WorkbookContentTests.SheetMatches(fixture.Municipal.WorkbookPath, sheet, expected);

        var rows = SheetRows.Read(fixture.Municipal.WorkbookPath, sheet, expected.Columns.Count);
        var column = rows.Headers.ToList().IndexOf("Муниципалитет");
        rows.Rows.Should().OnlyContain(r => (string?)r[column] == Municipality);
    }

    [Fact]
    public void TheDecisionsSheetHoldsTheMunicipalitysItemsAndEveryMunicipalitysWithItsOwnFiguresOnly()
    {
        var decisions = new DecisionsSheetTests(fixture);
        var expected = decisions.Expected(ReportsFixture.Month, Municipality);
        WorkbookContentTests.SheetMatches(fixture.Municipal.WorkbookPath, "Исполнение решений", expected);

        var rows = SheetRows.Read(fixture.Municipal.WorkbookPath, "Исполнение решений", expected.Columns.Count);
        var municipality = rows.Headers.ToList().IndexOf("Муниципалитет");
        expected.Rows.Should().NotBeEmpty().And.OnlyContain(r => r.Scope != DecisionScope.Regional);
        rows.Rows.Should().OnlyContain(r => r[municipality] == null || (string?)r[municipality] == Municipality);
    }

    [Fact]
    public void DeficitsSheetHoldsOnlyTheMunicipalitysTasksBelow50Percent()
    {
        var expected = new WorkbookContentTests(fixture).Deficits(Municipality);
        WorkbookContentTests.SheetMatches(fixture.Municipal.WorkbookPath, "Дефициты ВПР", expected);
        expected.Rows.Should().NotBeEmpty().And.OnlyContain(r => r.Municipality == Municipality && r.Level == Edu.Analytics.Model.TaskLevel.Municipality);
    }

    [Fact]
    public void TheMunicipalityHasShnorRowsAndTheRegionHasMore()
    {
        var municipal = SheetRows.Read(fixture.Municipal.WorkbookPath, "ШНОР", 4);
        var region = SheetRows.Read(fixture.Whole.WorkbookPath, "ШНОР", 4);
        municipal.Rows.Should().NotBeEmpty();
        region.Rows.Count.Should().BeGreaterThan(municipal.Rows.Count);
    }

    [Fact]
    public void NoLoadHistoryAndTheScopeInTheTitle()
    {
        using var workbook = new XLWorkbook(fixture.Municipal.WorkbookPath);
        workbook.Worksheet("Загрузки за месяц").Cell(TableSheet.FirstDataRow, 1).IsEmpty().Should().BeTrue();
        workbook.Worksheet("Сводка").Cell(1, 1).GetString().Should().Contain(Municipality);
        fixture.Municipal.ChartPaths.Should().OnlyContain(p => Path.GetFileName(p).Contains("Тосненский", StringComparison.Ordinal));
    }
}
