using System.Text;
using ClosedXML.Excel;
using Edu.Analytics.Exports;
using Edu.Analytics.Model;
using Edu.Spreadsheets;
using Edu.Reference;

namespace Edu.Analytics.Tests.Integration;

/// <summary>Every analytics export against SPEC §5: headers in order, csv conventions, municipal scoping.</summary>
[Collection(RegionCollection.Name)]
public class ExportTests(RegionFixture fixture)
{
    // SPEC §5, copied by hand on purpose: the code's column lists must match the contract, not themselves.
    public static readonly TheoryData<string, string[]> SpecColumns = new()
    {
        { "indicators", ["Код показателя", "Показатель", "Муниципалитет", "Срок", "Условие", "Целевое значение", "Значение", "Дата значения", "Прогноз на срок", "Статус"] },
        { "shnor", ["Год", "Логин ОО", "Наименование ОО", "Муниципалитет", "Статус", "Основание А", "Основание Б", "Процедуры"] },
        { "context", ["Год", "Логин ОО", "Наименование ОО", "Муниципалитет", "Индекс ИСБШ", "ШФНСУ", "Индекс результатов"] },
        {
            "resilient", ["Год", "Логин ОО", "Наименование ОО", "Муниципалитет", "Индекс ИСБШ", "Индекс результатов", "Остаток модели",
                "Резильентная (квартили)", "Резильентная (добавленная ценность)", "Стабильно резильентная", "Признаки необъективности"]
        },
        { "stable-high", ["Год", "Логин ОО", "Наименование ОО", "Муниципалитет", "Средний индекс результатов", "Место", "Отобрана в проект"] },
        {
            "objectivity", ["Год", "Логин ОО", "Наименование ОО", "Муниципалитет", "Процедура", "Участников", "Завышенный средний",
                "Несоответствие журналу", "Понизили, %", "Подтвердили, %", "Повысили, %", "Расхождение с журналом"]
        },
        {
            "mentors", ["Год", "Логин ОО", "Наименование ОО", "Муниципалитет", "Логин наставника", "Наименование наставника",
                "Муниципалитет наставника", "Подбор"]
        },
        {
            "task-results", ["Год", "Процедура", "Уровень", "Логин ОО", "Наименование", "Муниципалитет", "Номер задания", "Проверяемые требования",
                "Максимальный балл", "Работ", "Выполнение, %", "Выполнение по региону, %", "Отклонение от региона, п.п.", "Ниже 50 %", "Отставание"]
        },
        {
            "shnor-dynamics", ["Год", "Логин ОО", "Наименование ОО", "Муниципалитет", "Статус в прошлом году", "Статус", "Изменение",
                "Доля низких результатов в прошлом году, %", "Доля низких результатов, %", "Изменение, п.п."]
        },
    };

    private readonly LoadedRegion _region = fixture.Region;

    private ITable Query(string name, ExportFilter filter)
    {
        using var connection = _region.Database.Open();
        return new AnalyticsExports(DateOnly.FromDateTime(LoadedRegion.Now.DateTime), _region.Options).Find(name)!.Query(connection, filter);
    }

    private static IEnumerable<object?> Column(ITable table, int column) => Enumerable.Range(0, table.RowCount).Select(r => table.Value(r, column));

    [Theory]
    [MemberData(nameof(SpecColumns))]
    public void XlsxHasTheSpecHeadersInOrderAndTheRows(string name, string[] spec)
    {
        var table = Query(name, ExportFilter.None);
        var path = Path.Combine(_region.Directory, "out", name + ".xlsx");
        ExportWriter.Write(table, path);

        using var workbook = new XLWorkbook(path);
        var sheet = workbook.Worksheet(1);
        var headers = Enumerable.Range(1, table.Columns.Count).Select(c => sheet.Cell(1, c).GetString()).ToList();
        headers.Take(spec.Length).Should().Equal(spec);
        table.RowCount.Should().BePositive();
        sheet.LastRowUsed().RowNumber().Should().Be(table.RowCount + 1);
    }

    [Theory]
    [MemberData(nameof(SpecColumns))]
    public void CsvHasBomSemicolonsAndTheSpecHeaders(string name, string[] spec)
    {
        var table = Query(name, ExportFilter.None);
        var path = Path.Combine(_region.Directory, "out", name + ".csv");
        ExportWriter.Write(table, path);

        var bytes = File.ReadAllBytes(path);
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Split(';').Take(spec.Length).Should().Equal(spec);
        lines.Should().HaveCount(table.RowCount + 1);
    }

    [Theory]
    [InlineData("context", "Индекс ИСБШ")]
    [InlineData("resilient", "Остаток модели")]
    [InlineData("objectivity", "Понизили, %")]
    [InlineData("indicators", "Значение")]
    public void CsvNumbersHaveADecimalCommaAndYesNoIsRussian(string name, string column)
    {
        var table = Query(name, ExportFilter.None);
        var path = Path.Combine(_region.Directory, "out", name + "-numbers.csv");
        ExportWriter.Write(table, path);

        var lines = File.ReadAllLines(path, Encoding.UTF8);
        var index = Array.IndexOf(lines[0].TrimStart('\uFEFF').Split(';'), column);
        var values = lines.Skip(1).Select(l => l.Split(';')[index]).Where(v => v.Length > 0).ToList();
        values.Should().Contain(v => v.Contains(','));
        values.Should().NotContain(v => v.Contains('.'));
        if (name != "indicators")
        {
            lines.Skip(1).Should().Contain(l => l.Contains(";да") || l.Contains(";нет"));
        }
    }

    [Theory]
    [MemberData(nameof(SpecColumns))]
    public void AMunicipalFilterReturnsOnlyThatMunicipality(string name, string[] spec)
    {
        var column = Array.IndexOf(spec, "Муниципалитет");
        var all = Query(name, ExportFilter.None);
        // The municipality with the most rows, so that short lists such as mentors still have some to filter.
        var municipality = Column(all, column).GroupBy(v => (string?)v).Where(g => g.Key is not null)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key!;
        municipality.Should().Be(MunicipalityDirectory.LoadDefault().Find(municipality)!.Name, "the filter takes canonical names");
        var scoped = Query(name, new ExportFilter(Municipality: municipality));

        Column(scoped, column).Should().NotBeEmpty().And.OnlyContain(v => (string?)v == municipality);
        scoped.RowCount.Should().Be(Column(all, column).Count(v => (string?)v == municipality));
    }

    [Fact]
    public void AYearFilterReturnsOnlyThatYear()
    {
        var year = _region.LastYear - 1;
        Column(Query("shnor", new ExportFilter(Year: year)), 0).Should().NotBeEmpty().And.OnlyContain(v => Convert.ToInt32(v) == year);
    }

    [Fact]
    public void TargetStatusesDependOnTheAsOfDate()
    {
        using var connection = _region.Database.Open();
        var early = new IndicatorsExport(new DateOnly(2018, 1, 1), _region.Options).Rows(connection, ExportFilter.None);
        var now = new IndicatorsExport(DateOnly.FromDateTime(LoadedRegion.Now.DateTime), _region.Options).Rows(connection, ExportFilter.None);

        early.Should().OnlyContain(r => r.Status == AttainmentStatus.NoData);
        now.Should().Contain(r => r.Status != AttainmentStatus.NoData);
        now.Select(r => r.Municipality).Should().Contain("Ленинградская область");
    }
}
