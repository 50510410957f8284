using ClosedXML.Excel;
using Edu.Reference;
using Edu.Spreadsheets;

namespace Edu.Analytics.Tests.ReadModels;

/// <summary>
/// Self-diagnostics points are whole numbers as a rule and may have decimals: Excel's «General» shows 47 and 47,5, where a
/// custom «0.##» showed «47,» in Excel.
/// </summary>
public sealed class GeneralNumberFormatTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("edu-general-format-").FullName;

    private static readonly ColumnMap<double> Columns = new ColumnMap<double>().Number("points", "Итого баллов", p => p, ExportCell.General);

    [Fact]
    public void A_general_column_is_written_in_excels_general_format_and_sized_by_the_numbers_as_shown()
    {
        var path = Path.Combine(_directory, "points.xlsx");
        var heading = DocumentHeading.ForExport("Баллы", [], new DateOnly(2025, 10, 31), RegionClock.Of(TimeProvider.System), null);

        ExportWriter.Write(new Table<double>("points", "Баллы", Columns, [47, 47.5]), path, heading);

        using var workbook = new XLWorkbook(path);
        var cell = workbook.Worksheets.Single().Cell(DocumentSheet.HeaderRow + 1, 1);
        cell.GetDouble().Should().Be(47);
        cell.Style.NumberFormat.Format.Should().Be("General");
        ColumnWidths.Number(47.0, Columns[0]).Should().Be("47");
        ColumnWidths.Number(47.5, Columns[0]).Should().Be("47,5");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
