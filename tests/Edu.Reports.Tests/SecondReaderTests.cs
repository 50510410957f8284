using System.Text;
using ExcelDataReader;
using Edu.Reports.Tests.Support;
using Edu.Reports.Workbook;

namespace Edu.Reports.Tests;

/// <summary>The workbook is a plain .xlsx another reader opens: ExcelDataReader reads its sheet names and headers.</summary>
[Collection(ReportsCollection.Name)]
public class SecondReaderTests(ReportsFixture fixture)
{
    [Fact]
    public void ExcelDataReaderReadsSheetNamesAndHeaders()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var stream = File.OpenRead(fixture.Whole.WorkbookPath);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        var sheets = new Dictionary<string, List<object?[]>>();
        do
        {
            var rows = new List<object?[]>();
            while (reader.Read())
                rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue).ToArray());
            sheets[reader.Name] = rows;
        }
        while (reader.NextResult());

        sheets.Keys.Should().Equal(ReportWorkbook.SheetNames);
        var shnor = sheets["ШНОР"];
        shnor[0][0].Should().BeOfType<string>().Which.Should().Contain("ШНОР").And.Contain("октябрь 2025");
        shnor[TableSheet.HeaderRow - 1].Select(v => v as string).Should()
            .StartWith(["Год", "Логин ОО", "Наименование ОО", "Муниципалитет", "Статус", "Основание А", "Основание Б", "Процедуры"]);
        shnor[TableSheet.FirstDataRow - 1][0].Should().Be((double)ReportsFixture.ExpectedYear);
        sheets["Показатели"][TableSheet.HeaderRow - 1][0].Should().Be("Код показателя");
    }
}
