using System.Text;
using ClosedXML.Excel;
using Edu.Analytics.Exports;
using Edu.Analytics.Model;
using Edu.Spreadsheets;
using Edu.Reference;
using Edu.Testing;
using Microsoft.Extensions.Time.Testing;

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
        { "stable-high", ["Год", "Логин ОО", "Наименование ОО", "Муниципалитет", "Средний индекс результатов", "Место", "Отобрана в проект", "В проекте"] },
        {
            "objectivity", ["Год", "Логин ОО", "Наименование ОО", "Муниципалитет", "Процедура", "Участников", "Завышенный средний",
                "Несоответствие журналу", "Понизили, %", "Подтвердили, %", "Повысили, %", "Расхождение с журналом"]
        },
        {
            "mentors", ["Год", "Логин ОО", "Наименование ОО", "Муниципалитет", "Логин наставника", "Наименование наставника",
                "Муниципалитет наставника", "Подбор"]
        },
        { "rosters", ["Проект", "Год", "Логин ОО", "Наименование ОО", "Муниципалитет", "Роль", "Логин ОО партнёра"] },
        {
            "task-results", ["Год", "Процедура", "Уровень", "Логин ОО", "Наименование", "Муниципалитет", "Номер задания", "Проверяемые требования",
                "Максимальный балл", "Работ", "Выполнение, %", "Выполнение по региону, %", "Отклонение от региона, п.п.", "Ниже 50 %", "Отставание"]
        },
        {
            "shnor-dynamics", ["Год", "Логин ОО", "Наименование ОО", "Муниципалитет", "Статус в прошлом году", "Статус", "Изменение",
                "Доля низких результатов в прошлом году, %", "Доля низких результатов, %", "Изменение, п.п."]
        },
        {
            "self-diagnostics", ["Дата самодиагностики", "Логин ОО", "Наименование ОО", "Муниципалитет", "Уровень", "Итого баллов",
                "Предыдущий уровень", "Изменение уровня", "В проекте", "Дефицитов"]
        },
    };

    // Tables whose municipal filter keeps more than the municipality's rows, checked with their own tests. SPEC §11: a decision's
    // municipality is the scope of a row's figures, empty for an item with no codes, so the municipal
    // filter is checked with the decisions themselves (Decisions/DecisionsExportTests).
    public static readonly TheoryData<string, string[]> OwnScopeColumns = new()
    {
        {
            "decisions", ["Документ", "Дата документа", "Пункт", "Содержание", "Срок", "Срок (дата)", "Ответственные", "Статус",
                "Дата исполнения", "Исполнено в срок", "Код показателя", "Муниципалитет", "Значение до решения", "Значение на дату",
                "Изменение", "Статус цели"]
        },
        // SPEC §12. A municipal scope keeps the region's aggregate rows beside its own (Decisions/SelfDiagnosticsExportTests).
        {
            "sd-deficits", ["Дата самодиагностики", "Муниципалитет", "Направление", "Номер показателя", "Показатель", "ОО с нулевым баллом",
                "Доля ОО, %", "Место"]
        },
    };

    private readonly LoadedRegion _region = fixture.Region;

    private ITable Query(string name, ExportFilter filter)
    {
        using var connection = _region.Database.Open();
        return new AnalyticsExports(DateOnly.FromDateTime(LoadedRegion.Now.DateTime), _region.Options, new ProjectOptions()).Find(name)!.Query(connection, filter);
    }

    // 12:00 UTC is 15:00 in Moscow: the heading says the region's time.
    private static readonly RegionClock Clock = RegionClock.Of(new FakeTimeProvider(new DateTimeOffset(2025, 11, 20, 12, 0, 0, TimeSpan.Zero)));

    private static DocumentHeading Heading(ITable table) => DocumentHeading.ForExport(table.Title, [], DateOnly.FromDateTime(LoadedRegion.Now.DateTime), Clock, "тест");

    private static IEnumerable<object?> Column(ITable table, int column) => Enumerable.Range(0, table.RowCount).Select(r => table.Value(r, column));

    [Theory]
    [MemberData(nameof(SpecColumns))]
    [MemberData(nameof(OwnScopeColumns))]
    public void XlsxHasTheSpecHeadersInOrderAndTheRows(string name, string[] spec)
    {
        var table = Query(name, ExportFilter.None);
        var path = Path.Combine(_region.Directory, "out", name + ".xlsx");
        ExportWriter.Write(table, path, Heading(table));

        using var workbook = new XLWorkbook(path);
        var sheet = workbook.Worksheet(1);
        // The header is the frozen row below the heading, where every reader of an export finds it.
        var header = DocumentSheet.FindHeaderRow(sheet);
        header.Should().Be(DocumentSheet.HeaderRow);
        var headers = Enumerable.Range(1, table.Columns.Count).Select(c => sheet.Cell(header, c).GetString()).ToList();
        headers.Take(spec.Length).Should().Equal(spec);
        table.RowCount.Should().BePositive();
        sheet.LastRowUsed().RowNumber().Should().Be(table.RowCount + header);
    }

    [Theory]
    [MemberData(nameof(SpecColumns))]
    public void XlsxHasTheTitleBlockAboveTheHeader(string name, string[] spec)
    {
        _ = spec;
        var table = Query(name, new ExportFilter(Municipality: "Лужский район"));
        var path = Path.Combine(_region.Directory, "out", name + "-heading.xlsx");
        ExportWriter.Write(table, path, DocumentHeading.ForExport(table.Title, [("муниципалитет", "Лужский район")], new DateOnly(2026, 10, 31), Clock, "аналитик"));

        using var workbook = new XLWorkbook(path);
        var sheet = workbook.Worksheet(1);
        sheet.Cell(1, 1).GetString().Should().Be(table.Title);
        sheet.Cell(2, 1).GetString().Should().Be("Данные на 31.10.2026; отбор: муниципалитет — Лужский район");
        sheet.Cell(3, 1).GetString().Should().Be("Сформировано 20.11.2025 15:00 МСК; пользователь: аналитик");
        Enumerable.Range(1, DocumentSheet.HeaderRow - 1).Should().OnlyContain(r => sheet.Row(r).Cells(2, table.Columns.Count).All(c => c.IsEmpty()),
            "the heading is text in the first column, merged across the table, never cells a reader could take for data");
        WorkbookPrintTitles.Read(path)[0].Should().EndWith($"'!${DocumentSheet.HeaderRow}:${DocumentSheet.HeaderRow}", "the header row repeats on every printed page, stated so LibreOffice reads it too");
    }

    [Theory]
    [MemberData(nameof(SpecColumns))]
    [MemberData(nameof(OwnScopeColumns))]
    public void CsvHasBomSemicolonsAndTheSpecHeaders(string name, string[] spec)
    {
        var table = Query(name, ExportFilter.None);
        var path = Path.Combine(_region.Directory, "out", name + ".csv");
        ExportWriter.Write(table, path, Heading(table));

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
        ExportWriter.Write(table, path, Heading(table));

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
        // The municipality with the most rows, so that short lists such as mentors still have some to filter. Not the
        // region: since the generated targets carry the committee's region-only targets, «indicators» has most rows there.
        var municipality = Column(all, column).GroupBy(v => (string?)v).Where(g => g.Key is not null && g.Key != Labels.Region)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key!;
        municipality.Should().Be(MunicipalityDirectory.LoadDefault().Find(municipality)!.Name, "the filter takes canonical names");
        var scoped = Query(name, new ExportFilter(Municipality: municipality));

        Column(scoped, column).Should().NotBeEmpty().And.OnlyContain(v => (string?)v == municipality);
        scoped.RowCount.Should().Be(Column(all, column).Count(v => (string?)v == municipality));
    }

    [Fact]
    public void LoadsNameTheKindInRussianAndTheTimeInTheRegionsZoneWithItsLabel()
    {
        var table = Query("loads", ExportFilter.None);
        var kind = table.Columns.Select(c => c.Header).ToList().IndexOf("Вид");
        Column(table, kind).Should().Contain("ВПР, индивидуальные результаты").And.Contain("Справочник ОО").And.Contain("Целевые показатели")
            .And.NotContain("vpr-individual").And.NotContain("schools");

        // Every file was loaded at 07:00 UTC, 10:00 in Moscow, as the dashboard shows it.
        var csv = Path.Combine(_region.Directory, "out", "loads-time.csv");
        ExportWriter.Write(table, csv, Heading(table));
        File.ReadAllLines(csv, Encoding.UTF8).Skip(1).Should().OnlyContain(l => l.StartsWith("01.09.2025 10:00 МСК;", StringComparison.Ordinal));

        var xlsx = Path.Combine(_region.Directory, "out", "loads-time.xlsx");
        ExportWriter.Write(table, xlsx, Heading(table));
        using var workbook = new XLWorkbook(xlsx);
        var cell = workbook.Worksheet(1).Cell(DocumentSheet.FirstDataRow, 1);
        cell.GetDateTime().Should().Be(new DateTime(2025, 9, 1, 10, 0, 0));
        cell.Style.DateFormat.Format.Should().Be("dd.mm.yyyy hh:mm \"МСК\"");
        workbook.Worksheet(1).Cell(DocumentSheet.FirstDataRow, kind + 1).GetString().Should().NotContain("-");
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
