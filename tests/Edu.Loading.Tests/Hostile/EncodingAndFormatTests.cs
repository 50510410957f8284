using System.Text;
using Edu.Loading.Tests.BrokenFiles;
using Edu.Loading.Tests.Support;

namespace Edu.Loading.Tests.Hostile;

/// <summary>Files that are fine but come in a less usual form load as the usual form does.</summary>
public sealed class EncodingAndFormatTests : IDisposable
{
    private const string Transitional = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Strict = "http://purl.oclc.org/ooxml/spreadsheetml/main";

    private readonly TestDatabase _db = new();

    public EncodingAndFormatTests() => _db.LoadOk(Fixtures.Schools(_db), Headers.FileKind.Schools);

    public void Dispose() => _db.Dispose();

    [Fact]
    public void A_csv_in_UTF16_with_a_byte_order_mark_loads_like_the_UTF8_one()
    {
        var text = "Код показателя;Показатель;Муниципалитет;Срок;Целевое значение;Условие\r\nDOP_5_18;Охват детей 5–18 лет;Лужский район;31.12.2025;82;не менее\r\n";
        var path = _db.File("показатели UTF-16.csv");
        File.WriteAllText(path, text, Encoding.Unicode);

        var outcome = _db.LoadOk(path, Headers.FileKind.Targets);

        outcome.Rows.Should().Be(1);
        _db.Scalar<string>("SELECT indicator_name FROM targets").Should().Be("Охват детей 5–18 лет");
    }

    [Fact]
    public void A_workbook_saved_as_Strict_Open_XML_loads_with_the_same_rows_as_its_Transitional_original()
    {
        var original = Fixtures.Context(_db);
        var strict = original;
        foreach (var part in new[] { "xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml" })
        {
            strict = BrokenInputs.WithPart(_db, strict, $"Контекст Strict {part.Replace('/', '_')}.xlsx", part,
                xml => xml.Replace(Transitional, Strict, StringComparison.Ordinal)
                    .Replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships", StringComparison.Ordinal));
        }

        var outcome = _db.LoadOk(strict, Headers.FileKind.Context);

        outcome.Rows.Should().Be(3);
        _db.Scalar<double>("SELECT parents_higher_ed_pct FROM school_context WHERE login = 'sch470001'").Should().Be(45.3);
    }
}
