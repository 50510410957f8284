using ClosedXML.Excel;
using Edu.Analytics.Exports;
using Edu.Analytics.Model;
using Edu.Reference;
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

    private static DocumentHeading Heading(IExport export) =>
        DocumentHeading.ForExport(export.Title, [], new DateOnly(2025, 10, 31), RegionClock.Of(TimeProvider.System), "аналитик");

    private const int Header = DocumentSheet.HeaderRow;

    [Fact]
    public void The_streamed_csv_is_the_held_tables_csv_byte_for_byte()
    {
        var export = new TaskResultsExport { StreamAbove = 0 };
        var filter = new ExportFilter(_region.LastYear, "Лужский район");
        using var connection = _region.Database.Open();
        var table = export.Query(connection, filter);
        ExportWriter.Write(table, Out("held.csv"), Heading(export));

        var written = export.Write(connection, filter, Out("streamed.csv"), Heading(export));

        written.Should().Be(table.RowCount).And.BePositive();
        table.Rows.Should().OnlyContain(r => r.Municipality == "Лужский район" && r.Year == _region.LastYear);
        File.ReadAllBytes(Out("streamed.csv")).Should().Equal(File.ReadAllBytes(Out("held.csv")));
    }

    [Fact]
    public void The_streamed_xlsx_has_the_held_tables_heading_and_cells_numbers_with_two_decimals_a_frozen_header_and_a_filter_over_its_rows()
    {
        var export = new TaskResultsExport { StreamAbove = 0 };
        var filter = new ExportFilter(_region.LastYear, null);
        using var connection = _region.Database.Open();
        var table = export.Query(connection, filter);

        export.Write(connection, filter, Out("streamed.xlsx"), Heading(export)).Should().Be(table.RowCount);

        using var workbook = new XLWorkbook(Out("streamed.xlsx"));
        var sheet = workbook.Worksheets.Should().ContainSingle().Subject;
        sheet.Name.Should().Be("Выполнение заданий");
        Enumerable.Range(1, 3).Select(r => sheet.Cell(r, 1).GetString()).Should().Equal(Heading(export).Lines.Take(2).Append(sheet.Cell(3, 1).GetString()),
            "the heading of every export: its title, what and as of when, when and by whom");
        sheet.Cell(3, 1).GetString().Should().StartWith("Сформировано ").And.EndWith("МСК; пользователь: аналитик");
        sheet.SheetView.SplitRow.Should().Be(Header);
        DocumentSheet.FindHeaderRow(sheet).Should().Be(Header, "readers find the header where they find every export's");
        sheet.AutoFilter.Range.RangeAddress.ToString().Should().Be($"A{Header}:P{table.RowCount + Header}");
        Enumerable.Range(1, table.Columns.Count).Select(c => sheet.Cell(Header, c).GetString()).Should().Equal(table.Columns.Select(c => c.Header));
        var rate = table.Columns.Select((c, i) => (c, i)).Single(x => x.c.Key == "rate").i + 1;
        sheet.Cell(Header + 1, rate).Style.NumberFormat.Format.Should().Be("0.00", "rates are written with at least two decimals");
        for (var r = 0; r < table.RowCount; r += 97)
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var cell = sheet.Cell(r + Header + 1, c + 1);
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
        var export = new TaskResultsExport { StreamAbove = 0 };
        using var connection = _region.Database.Open();
        var rows = export.Rows(connection, new ExportFilter(_region.LastYear, null));
        using (var stream = File.Create(Out("sheets.xlsx")))
        {
            StreamingExportWriter.WriteXlsx(Heading(export), export.Columns, rows, rows.Count, stream, sheetRows: 1000)
                .Should().Be(rows.Count);
        }

        using var workbook = new XLWorkbook(Out("sheets.xlsx"));
        var sheets = workbook.Worksheets.ToList();
        sheets.Should().HaveCount((rows.Count + 999) / 1000);
        sheets.Select(s => s.Name).Take(3).Should().Equal("Выполнение заданий", "Выполнение заданий (2)", "Выполнение заданий (3)");
        sheets.Should().OnlyContain(s => s.Cell(Header, 1).GetString() == "Год" && s.Cell(Header, 15).GetString() == "Отставание");
        sheets.Sum(s => s.LastRowUsed()!.RowNumber() - Header).Should().Be(rows.Count);
        sheets[1].Cell(Header + 1, 7).GetString().Should().Be(rows[1000].TaskLabel, "the second sheet goes on where the first stopped");
    }
}
