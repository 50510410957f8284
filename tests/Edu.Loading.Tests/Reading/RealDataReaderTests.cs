using Edu.Loading.Parsing;
using Edu.Loading.Reading;
using Edu.Loading.Tests.Support;

namespace Edu.Loading.Tests.Reading;

/// <summary>
/// The reader over real public files written by other software (../shared/realdata, see its README):
/// row counts, values and encodings as the files hold them.
/// </summary>
public sealed class RealDataReaderTests
{
    private static List<(string Name, List<SheetRow> Rows)> ReadAll(string path, out SpreadsheetFormat format)
    {
        using var reader = SpreadsheetReader.Open(path);
        format = reader.Format;
        return reader.Sheets().Select(s => (s.Name, s.Rows.ToList())).ToList();
    }

    [Fact]
    public void Apache_poi_workbook_with_every_cell_as_text_reads_all_7471_rows_as_strings()
    {
        var sheets = ReadAll(RepoPaths.RealData("moscow_oge_2015", "data.xlsx"), out var format);

        format.Should().Be(SpreadsheetFormat.Xlsx);
        var (name, rows) = sheets.Should().ContainSingle().Subject;
        name.Should().Be("Sheet0");
        rows.Should().HaveCount(1 + 7471);
        rows[0].Cells.Should().Equal("global_id", "system_object_id", "ExamDate", "SubjectName", "PassedQuantity", "AVGScore");
        rows[1].Cells.Should().Equal("46710630", "0004c454e7926f59f677e4daa413fc93", "29.05.2015", "химия", "14.0", "3.79");
        rows[^1].Number.Should().Be(7472);
        rows[^1].Cells.Should().Equal("46750416", "ffc1b96e7be697cafc2ba091285c020b", "03.06.2015", "русский", "204.0", "4.69");
        rows.SelectMany(r => r.Cells).Should().AllBeOfType<string>("Apache POI wrote every cell as text, numbers included");
    }

    [Fact]
    public void Text_numbers_and_dates_of_the_apache_poi_workbook_parse_as_numbers_and_dates()
    {
        var rows = ReadAll(RepoPaths.RealData("moscow_oge_2015", "data.xlsx"), out _)[0].Rows.Skip(1).ToList();

        CellParser.Number(rows[0][5]).Value.Should().Be(3.79);
        CellParser.Integer(rows[0][4]).Value.Should().Be(14, "«14.0» is a whole number written as text");
        CellParser.Date(rows[0][2]).Value.Should().Be(new DateOnly(2015, 5, 29));

        // Every count and average in the file is a number to the parser, none an error and none missing.
        rows.Select(r => CellParser.Integer(r[4])).Should().OnlyContain(p => p.HasValue);
        rows.Select(r => CellParser.Number(r[5])).Should().OnlyContain(p => p.HasValue && p.Value >= 2 && p.Value <= 5, "AVGScore is a mean mark");
        rows.Sum(r => CellParser.Integer(r[4]).Value).Should().Be(167163);
        rows.Select(r => r[3]).Distinct().Should().HaveCount(14).And.Contain("математика", "русский", "английский");

        // The same values written the Russian way, with a decimal comma, read the same.
        CellParser.Number("3,79").Value.Should().Be(CellParser.Number(rows[0][5]).Value);
        CellParser.Number("3,8").Value.Should().Be(3.8);
        CellParser.Number("3.8").Value.Should().Be(3.8);
    }

    [Fact]
    public void Semicolon_separated_quoted_utf8_csv_from_data_mos_ru_reads_626_rows_with_cyrillic_intact()
    {
        var sheets = ReadAll(RepoPaths.RealData("moscow_ege_2016", "data-9722-2016-10-31.csv"), out var format);

        format.Should().Be(SpreadsheetFormat.Csv);
        var rows = sheets.Should().ContainSingle().Subject.Rows;
        rows.Should().HaveCount(1 + 626);
        rows[0].Cells.Take(13).Should().Equal("signature_date", "system_object_id", "global_id", "ID", "AdmArea", "District", "EDU_NAME", "OGRN",
            "PASSED_NUMBER_FULL", "PASSES_OVER_220", "PASSER_UNDER_160", "YEAR", "LINK");

        var first = rows[1];
        first[4].Should().Be("Северный административный округ", "the file is UTF-8 without a BOM and must not be read as windows-1251");
        first[5].Should().Be("район Аэропорт");
        ((string)first[6]!).Should().Contain("«Московский институт открытого образования» (средняя общеобразовательная школа № 179)",
            "quotes around the field are removed and «», № and ; inside survive");
        first[7].Should().Be("1027700566761");
        CellParser.Integer(first[8]).Value.Should().Be(109);
        CellParser.Year(first[11]).Value.Should().Be(2016, "«2015-2016» is the academic year ending in 2016");
        rows[^1][4].Should().Be("Юго-Западный административный округ");

        rows.Skip(1).SelectMany(r => r.Cells.OfType<string>()).Should().NotContain(s => s.Contains("Р°", StringComparison.Ordinal) || s.Contains('\uFFFD'),
            "no value is mojibake");
    }

    [Fact]
    public void Comma_separated_massachusetts_csv_reads_1861_schools_of_302_columns_with_quoted_commas_kept_in_one_field()
    {
        var sheets = ReadAll(RepoPaths.RealData("massachusetts_2017", "MA_Public_Schools_2017.csv"), out var format);

        format.Should().Be(SpreadsheetFormat.Csv);
        var rows = sheets.Should().ContainSingle().Subject.Rows;
        rows.Should().HaveCount(1 + 1861);
        rows[0].Cells.Should().HaveCount(302);
        rows[0].Cells.Take(3).Should().Equal("School Code", "School Name", "School Type");
        rows[1][0].Should().Be("00010505", "codes keep their leading zeros");
        rows[1][1].Should().Be("Abington High");
        rows[1][12].Should().Be("09,10,11,12", "a quoted field with commas is one field");
        rows[1][14].Should().Be("00010000");
        rows[^1][1].Should().Be("UP Academy Charter School of Springfield");
    }
}
