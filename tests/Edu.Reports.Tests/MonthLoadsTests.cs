using Edu.Analytics.Exports;
using Edu.Spreadsheets;
using Edu.Reports.Tests.Support;

namespace Edu.Reports.Tests;

/// <summary>«Загрузки за месяц» holds the load attempts of the region's October only: not 30.09 23:59:59 МСК, not 01.11 00:00 МСК.</summary>
[Collection(ReportsCollection.Name)]
public class MonthLoadsTests(ReportsFixture fixture)
{
    [Fact]
    public void OnlyLoadsInsideTheMonthAreListed()
    {
        Table<LoadRow> all;
        using (var connection = fixture.Region.Database.Open()) all = new LoadsExport().Query(connection, ExportFilter.None);
        var times = all.Rows.Select(r => r.LoadedAt).ToList();
        times.Should().Contain(SampleRegion.BeforeMonth.UtcDateTime).And.Contain(SampleRegion.AfterMonth.UtcDateTime);

        var sheet = SheetRows.Read(fixture.Whole.WorkbookPath, "Загрузки за месяц", all.Columns.Count);

        // The sheet shows the region's time, as the page: the month is counted in it.
        var listed = sheet.Rows.Select(r => (DateTime)r[0]!).ToList();
        listed.Should().NotBeEmpty().And.OnlyContain(t => t.Year == 2025 && t.Month == 10);
        listed.Should().HaveCount(times.Select(SampleRegion.Clock.Local).Count(t => t.Year == 2025 && t.Month == 10));
        listed.Should().Contain(SampleRegion.Clock.Local(SampleRegion.InMonth.UtcDateTime));
        listed.Should().NotContain(SampleRegion.Clock.Local(SampleRegion.BeforeMonth.UtcDateTime)).And.NotContain(SampleRegion.Clock.Local(SampleRegion.AfterMonth.UtcDateTime));
        sheet.Rows.Select(r => r[1]).Should().Contain("Целевые_показатели.xlsx");
    }

    [Fact]
    public void TheMonthSheetEqualsTheLoadsExportRowsOfTheMonth()
    {
        Table<LoadRow> all;
        using (var connection = fixture.Region.Database.Open()) all = new LoadsExport().Query(connection, ExportFilter.None);
        var october = all.With(all.Rows.Where(r => SampleRegion.Clock.Local(r.LoadedAt) is { Year: 2025, Month: 10 }));

        WorkbookContentTests.SheetMatches(fixture.Whole.WorkbookPath, "Загрузки за месяц", october);
    }
}
