using ClosedXML.Excel;
using Edu.Analytics.Exports;
using Edu.Analytics.Model;
using Edu.Spreadsheets;

namespace Edu.Analytics.Tests.Integration;

/// <summary>
/// «task-results» is written while it is read (millions of rows at country scale): the streamed files must hold exactly
/// what the held table holds, the .csv byte for byte, the .xlsx cell for cell with numbers as numbers.
/// </summary>
[Collection(RegionCollection.Name)]
public class StreamedExportTests(RegionFixture fixture)
{
    private readonly LoadedRegion _region = fixture.Region;

    private string Out(string name) => Path.Combine(_region.Directory, "out", name);

    [Fact]
    public void The_streamed_csv_is_the_held_tables_csv_byte_for_byte()
    {
        var export = new TaskResultsExport();
        var filter = new ExportFilter(_region.LastYear, "Лужский район");
        using var connection = _region.Database.Open();
        var table = export.Query(connection, filter);
        ExportWriter.Write(table, Out("held.csv"));

        var written = export.Write(connection, filter, Out("streamed.csv"));

        written.Should().Be(table.RowCount).And.BePositive();
        table.Rows.Should().OnlyContain(r => r.Municipality == "Лужский район" && r.Year == _region.LastYear);
        File.ReadAllBytes(Out("streamed.csv")).Should().Equal(File.ReadAllBytes(Out("held.csv")));
    }

    [Fact]
    public void The_streamed_xlsx_has_the_held_tables_cells_numbers_with_two_decimals_a_frozen_header_and_a_filter_over_its_rows()
    {
        var export = new TaskResultsExport();
        var filter = new ExportFilter(_region.LastYear, null);
        using var connection = _region.Database.Open();
        var table = export.Query(connection, filter);

        export.Write(connection, filter, Out("streamed.xlsx")).Should().Be(table.RowCount);

        using var workbook = new XLWorkbook(Out("streamed.xlsx"));
        var sheet = workbook.Worksheets.Should().ContainSingle().Subject;
        sheet.Name.Should().Be("Выполнение заданий");
        sheet.SheetView.SplitRow.Should().Be(1);
        sheet.AutoFilter.Range.RangeAddress.ToString().Should().Be($"A1:P{table.RowCount + 1}");
        Enumerable.Range(1, table.Columns.Count).Select(c => sheet.Cell(1, c).GetString()).Should().Equal(table.Columns.Select(c => c.Header));
        var rate = table.Columns.Select((c, i) => (c, i)).Single(x => x.c.Key == "rate").i + 1;
        sheet.Cell(2, rate).Style.NumberFormat.Format.Should().Be("0.00", "rates are written with at least two decimals");
        for (var r = 0; r < table.RowCount; r += 97)
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var cell = sheet.Cell(r + 2, c + 1);
                switch (table.Value(r, c))
                {
                    case null: cell.IsEmpty().Should().BeTrue(); break;
                    case bool yes: cell.GetString().Should().Be(yes ? "да" : "нет"); break;
                    case string text: cell.DataType.Should().Be(XLDataType.Text); cell.GetString().Should().Be(text); break;
                    // SpreadCheetah writes 15 significant digits, ClosedXML 17: the same number to 1e-13.
                    case var number:
                        cell.DataType.Should().Be(XLDataType.Number);
                        cell.GetDouble().Should().BeApproximately(Convert.ToDouble(number, System.Globalization.CultureInfo.InvariantCulture), 1e-9);
                        break;
                }
            }
        }
    }

    [Fact]
    public void Rows_come_in_the_export_order_as_stored_without_a_sort()
    {
        // The query has no ORDER BY (a sort would hold every row): the recompute's writing order is the export's.
        using var connection = _region.Database.Open();
        var rows = new TaskResultsExport().Rows(connection, ExportFilter.None);

        var rank = new Dictionary<TaskLevel, int> { [TaskLevel.Region] = 0, [TaskLevel.Municipality] = 1, [TaskLevel.School] = 2 };
        var sorted = rows.OrderBy(r => r.Year).ThenBy(r => r.Procedure, StringComparer.Ordinal).ThenBy(r => rank[r.Level])
            .ThenBy(r => r.Municipality, StringComparer.Ordinal).ThenBy(r => r.Login, StringComparer.Ordinal).ThenBy(r => r.TaskNumber);
        rows.Should().HaveCountGreaterThan(1000).And.Equal(sorted);
    }

    [Fact]
    public void Rows_beyond_a_sheets_capacity_go_on_to_numbered_sheets_under_the_same_header()
    {
        var export = new TaskResultsExport();
        using var connection = _region.Database.Open();
        var rows = export.Rows(connection, new ExportFilter(_region.LastYear, null));
        using (var stream = File.Create(Out("sheets.xlsx")))
        {
            StreamingExportWriter.WriteXlsx(export.Title, export.Columns, rows, rows.Count, stream, sheetRows: 1000)
                .Should().Be(rows.Count);
        }

        using var workbook = new XLWorkbook(Out("sheets.xlsx"));
        var sheets = workbook.Worksheets.ToList();
        sheets.Should().HaveCount((rows.Count + 999) / 1000);
        sheets.Select(s => s.Name).Take(3).Should().Equal("Выполнение заданий", "Выполнение заданий (2)", "Выполнение заданий (3)");
        sheets.Should().OnlyContain(s => s.Cell(1, 1).GetString() == "Год" && s.Cell(1, 15).GetString() == "Отставание");
        sheets.Sum(s => s.LastRowUsed()!.RowNumber() - 1).Should().Be(rows.Count);
        sheets[1].Cell(2, 7).GetString().Should().Be(rows[1000].TaskLabel, "the second sheet goes on where the first stopped");
    }
}
