using System.Text;
using ClosedXML.Excel;
using Edu.Generation.Excel;
using ExcelDataReader;

namespace Edu.Loading.Tests.Generation;

public sealed class XlsxWriterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("xlsx-writer-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Every_feature_reads_back_in_ClosedXML()
    {
        var path = WriteSample();

        using var book = new XLWorkbook(path);
        book.Worksheets.Select(w => w.Name).Should().Equal("Отметки", "Второй");
        var sheet = book.Worksheet("Отметки");
        sheet.Cell("A1").GetString().Should().Be("Результаты ВПР 2025");
        sheet.Cell("A1").Style.Font.Bold.Should().BeTrue();
        sheet.MergedRanges.Select(r => r.RangeAddress.ToString()).Should()
            .BeEquivalentTo(["A1:F1", "A2:A3", "C2:F2"]);
        sheet.Cell("C3").GetString().Should().Be("2");
        sheet.Cell("A4").GetString().Should().Be(" Лужский  ");
        sheet.Cell("B4").GetDouble().Should().Be(25);
        sheet.Cell("C4").GetDouble().Should().BeApproximately(0.453, 1e-12);
        sheet.Cell("C4").Style.NumberFormat.Format.Should().Be("0.0%");
        sheet.Cell("D4").GetDateTime().Should().Be(new DateTime(2025, 4, 1));
        sheet.Cell("E4").GetString().Should().Be("нет отметки & <X>");
        sheet.Cell("F4").IsEmpty().Should().BeTrue();
        sheet.Column(1).Width.Should().BeApproximately(30, 1);
        book.Worksheet("Второй").Cell("A1").GetDouble().Should().Be(1.5);
    }

    [Fact]
    public void Every_feature_reads_back_in_ExcelDataReader()
    {
        var path = WriteSample();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        reader.ResultsCount.Should().Be(2);
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.GetValue(i);
            }

            rows.Add(row);
        }

        rows.Should().HaveCount(4);
        rows[0][0].Should().Be("Результаты ВПР 2025");
        rows[3][1].Should().Be(25d);
        rows[3][2].Should().Be(0.453);
        rows[3][3].Should().Be(new DateTime(2025, 4, 1));
        rows[3][4].Should().Be("нет отметки & <X>");
    }

    [Fact]
    public void Same_content_gives_identical_bytes()
    {
        var first = File.ReadAllBytes(WriteSample("a.xlsx"));
        var second = File.ReadAllBytes(WriteSample("b.xlsx"));
        first.Should().Equal(second);
    }

    [Fact]
    public void Csv_uses_Russian_Excel_conventions()
    {
        var path = Path.Combine(_dir, "sample.csv");
        using (var csv = CsvTableWriter.Create(path))
        {
            csv.WriteRow(["Муниципалитет", "Доля", "Дата", "Кол-во"]);
            csv.WriteRow(["Лужский; район", SheetCell.Percent(0.453), new DateOnly(2025, 4, 1), 12.5]);
            csv.WriteRow(["«Школа \"№ 1\"»", 45.3, SheetCell.Empty, 3]);
        }

        var bytes = File.ReadAllBytes(path);
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        File.ReadAllLines(path, Encoding.UTF8).Should().Equal(
            "Муниципалитет;Доля;Дата;Кол-во",
            "\"Лужский; район\";45,3%;01.04.2025;12,5",
            "\"«Школа \"\"№ 1\"\"»\";45,3;;3");
    }

    private string WriteSample(string name = "sample.xlsx")
    {
        var path = Path.Combine(_dir, name);
        using var xlsx = XlsxWriter.Create(path);
        xlsx.StartSheet("Отметки", [30, 12]);
        xlsx.WriteRow([SheetCell.Of("Результаты ВПР 2025", CellStyle.Bold)]);
        xlsx.Merge(1, 1, 1, 6);
        xlsx.WriteRow([SheetCell.Header("Муниципалитет"), SheetCell.Header("Кол-во"), SheetCell.Header("Распределение отметок, %")]);
        xlsx.WriteRow([SheetCell.Empty, SheetCell.Empty, SheetCell.Header("2"), SheetCell.Header("3"), SheetCell.Header("4"), SheetCell.Header("5")]);
        xlsx.Merge(2, 1, 3, 1);
        xlsx.Merge(2, 3, 2, 6);
        xlsx.WriteRow([" Лужский  ", 25, SheetCell.Percent(0.453), new DateOnly(2025, 4, 1), "нет отметки & <X>", SheetCell.Empty]);
        xlsx.StartSheet("Второй");
        xlsx.WriteRow([1.5]);
        return path;
    }
}
