using System.Text;
using Edu.Loading.Headers;
using Edu.Loading.Reading;
using Edu.Loading.Tests.Support;

namespace Edu.Loading.Tests.Reading;

/// <summary>The other container formats SPEC §3 accepts load like .xlsx: a LibreOffice .xls and a windows-1251 CSV.</summary>
public sealed class MessyFormatLoadingTests : IDisposable
{
    private readonly TestDatabase _db = new();

    // The test writes windows-1251 itself, before any reader has registered the code pages.
    static MessyFormatLoadingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Xls_written_by_libreoffice_with_merged_header_loads_its_marks()
    {
        _db.LoadOk(Fixtures.Schools(_db), FileKind.Schools);
        var path = _db.File("ВПР отметки 6 класс.xls");
        File.Copy(RepoPaths.Fixture("vpr-marks.xls"), path);
        using (var reader = SpreadsheetReader.Open(path)) reader.Format.Should().Be(SpreadsheetFormat.Xls);

        var outcome = _db.LoadOk(path, FileKind.VprMarks);

        outcome.Rows.Should().Be(3, "the «Итого» row is not data");
        outcome.Scope.Should().Be("2024 · Русский язык · 6 кл.");
        _db.Rows("SELECT year, subject, grade, login, participants, share2, share3, share4, share5 FROM vpr_marks ORDER BY login")
            .Should().BeEquivalentTo(new[]
            {
                new object?[] { 2024, "Русский язык", 6, "sch470001", 50, 8.0, 42.0, 38.0, 12.0 },
                new object?[] { 2024, "Русский язык", 6, "sch470003", 25, 4.0, 36.0, 40.0, 20.0 },
                new object?[] { 2024, "Русский язык", 6, "sch470005", 3, null, null, null, null },
            }, o => o.WithStrictOrdering().Using<double>(c => c.Subject.Should().BeApproximately(c.Expectation, 1e-9)).WhenTypeIs<double>());
    }

    [Fact]
    public void Windows_1251_csv_without_bom_with_russian_headers_loads()
    {
        var text = "Охват детей дополнительным образованием (ёлочный отчёт)\r\n"
                   + "Отчётная дата;Муниципалитет;Численность детей 5–18 лет;Охвачено дополнительным образованием;"
                   + "в т.ч. техническая и естественнонаучная направленности;Численность детей с ОВЗ 5–18 лет;Охвачено детей с ОВЗ\r\n"
                   + "01.10.2024;Лужский район;9 850;7 120;1 930;410;220\r\n"
                   + "01.10.2024;Гатчинский муниципальный район;31 200;24 960;6 100;1 250;700\r\n";
        var path = _db.File("охват 1251.csv");
        File.WriteAllBytes(path, Encoding.GetEncoding(1251).GetBytes(text));
        var bytes = File.ReadAllBytes(path);
        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, "no BOM");
        var strictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
        FluentActions.Invoking(() => strictUtf8.GetString(bytes)).Should().Throw<DecoderFallbackException>("the bytes really are windows-1251");

        var outcome = _db.LoadOk(path, FileKind.Coverage);

        outcome.Rows.Should().Be(2);
        _db.Rows("SELECT report_date, municipality, children_5_18, covered, covered_tech FROM coverage ORDER BY municipality")
            .Should().BeEquivalentTo(new[]
            {
                new object?[] { new DateOnly(2024, 10, 1), "Гатчинский район", 31200, 24960, 6100 },
                new object?[] { new DateOnly(2024, 10, 1), "Лужский район", 9850, 7120, 1930 },
            }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Vpr_title_directly_above_a_one_row_header_is_read_as_the_procedure_and_columns_keep_their_own_names()
    {
        _db.LoadOk(Fixtures.Schools(_db), FileKind.Schools);
        using var wb = new Workbook("Результаты");
        var path = wb.Row("ВПР 2024 Русский язык 4 класс")
            .Row("ОО", "Муниципалитет", "Название ОО", "Код участника", "Класс", "Вариант", "1 (1б)", "2 (2б)", "Первичный балл", "Отметка", "Отметка по журналу")
            .Row("sch470003", "Гатчинский район", "МБОУ «Гатчинская гимназия»", "30001", "4А", "1", 1, 2, 3, 5, 5)
            .Save(_db.File("ВПР 4 класс.xlsx"));

        var outcome = _db.LoadOk(path, FileKind.VprIndividual);

        outcome.Scope.Should().Be("2024 · Русский язык · 4 кл.");
    }
}
