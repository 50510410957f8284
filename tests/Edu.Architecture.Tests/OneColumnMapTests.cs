using System.Text;
using ClosedXML.Excel;
using DuckDB.NET.Data;
using Edu.Dashboard.Access;
using Edu.Dashboard.Tables;
using Edu.Reference;
using Edu.Spreadsheets;

namespace Edu.Architecture.Tests;

/// <summary>
/// One column map feeds every writer: the .xlsx, the .csv and the dashboard's HTML table take headers, order and
/// values from it, so a header renamed in the map is renamed in all of them and nowhere is it typed again.
/// </summary>
public sealed class OneColumnMapTests
{
    private sealed record Row(string Name, long Count, bool Flag);

    [Theory]
    [InlineData("Наименование")]
    [InlineData("Название школы")]
    public void A_header_renamed_in_the_map_is_renamed_in_every_writer(string header)
    {
        var map = new ColumnMap<Row>()
            .Text("name", header, r => r.Name)
            .Integer("count", "Число", r => r.Count)
            .YesNo("flag", "Отметка", r => r.Flag);
        var table = new Table<Row>("probe", "Проба", map, [new Row("=Школа", 12, true)]);
        string[] expected = [header, "Число", "Отметка"];

        Xlsx(table).Should().Equal([.. expected, "=Школа", "12", "да"]);
        Csv(table).Should().Equal($"{string.Join(';', expected)}", "'=Школа;12;да");
        var page = Page(map, table.Rows);
        page.Columns.Select(c => c.Header).Should().Equal(expected);
        page.PageRows.Single().Select(c => c.Text).Should().Equal("=Школа", "12", "да");
    }

    private static readonly RegionClock Clock = RegionClock.Of(TimeProvider.System);

    /// <summary>Every cell from the header down: the heading above it is the document's, not the map's.</summary>
    private static List<string> Xlsx(ITable table)
    {
        using var stream = new MemoryStream();
        ExportWriter.WriteXlsx(table, DocumentHeading.ForExport(table.Title, [], Clock.Today, Clock, null), stream);
        stream.Position = 0;
        using var workbook = new XLWorkbook(stream);
        var sheet = workbook.Worksheet(1);
        sheet.Cell(1, 1).GetString().Should().Be(table.Title);
        return sheet.CellsUsed().Where(c => c.Address.RowNumber >= DocumentSheet.FindHeaderRow(sheet)).Select(c => c.GetString()).ToList();
    }

    private static string[] Csv(ITable table)
    {
        using var stream = new MemoryStream();
        ExportWriter.WriteCsv(table, Clock, stream);
        return Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    private static TableView Page(ColumnMap<Row> map, IReadOnlyList<Row> rows)
    {
        var source = new ProbeTable(map, rows);
        return source.View(source.Read(null!, UserScope.Region), new TableRequest(new Dictionary<string, string>(), null, false, 1), "/probe", 50, Clock);
    }

    private sealed class ProbeTable(ColumnMap<Row> map, IReadOnlyList<Row> rows) : DashboardTable<Row>
    {
        public override string Name => "probe";

        public override string Title => "Проба";

        public override ColumnMap<Row> Columns => map;

        public override IReadOnlyList<Row> Rows(DuckDBConnection connection, UserScope scope) => rows;
    }
}
