using Edu.Loading.Parsing;

namespace Edu.Loading.Tests.Reading;

/// <summary>How raw cells become values: the Russian ways of writing numbers, percents, years and «no value».</summary>
public sealed class CellParserTests
{
    [Theory]
    [InlineData("3,8", 3.8)]
    [InlineData("3.8", 3.8)]
    [InlineData(" 45,30 ", 45.3)]
    [InlineData("-1,5", -1.5)]
    [InlineData("9 850", 9850)]
    [InlineData("9\u00a0850", 9850)]
    [InlineData("1\u00a0234\u00a0567,5", 1234567.5)]
    [InlineData("0", 0)]
    public void Number_reads_decimal_commas_and_space_grouped_thousands(string text, double expected)
    {
        CellParser.Number(text).Value.Should().Be(expected);
    }

    [Fact]
    public void Number_takes_numeric_cells_as_they_are_and_refuses_dates_and_words_with_a_russian_reason()
    {
        CellParser.Number(12.25).Value.Should().Be(12.25);
        CellParser.Number(7).Value.Should().Be(7);
        CellParser.Number("девять").Error.Should().Be("ожидалось число, а записано «девять»");
        CellParser.Number(new DateTime(2024, 5, 24)).Error.Should().Be("ожидалось число, а записана дата");
        CellParser.Number(double.NaN).IsInvalid.Should().BeTrue();
    }

    [Fact]
    public void Integer_accepts_whole_numbers_written_with_a_fraction_part_and_refuses_real_fractions()
    {
        CellParser.Integer("14.0").Value.Should().Be(14);
        CellParser.Integer("9 850").Value.Should().Be(9850);
        CellParser.Integer("2,5").Error.Should().Be("ожидалось целое число, а записано 2,5");
        CellParser.Integer("много").Error.Should().Be("ожидалось целое число, а записано «много»");
    }

    public static TheoryData<string> MissingCodes => new() { "X", "x", "Х", "х", "-", "—", "–", "н/д", "Н/Д", "нет отметки", "Нет отметки", "не пройд.", "не пройд", "", "   " };

    [Theory]
    [MemberData(nameof(MissingCodes))]
    public void Every_missing_value_code_is_missing_never_zero_and_never_an_error(string code)
    {
        MissingValues.IsMissing(code).Should().BeTrue();
        foreach (var result in new[] { CellParser.Number(code).IsMissing, CellParser.Integer(code).IsMissing, CellParser.Percent(code, null).IsMissing,
                     CellParser.Text(code).IsMissing, CellParser.Date(code).IsMissing, CellParser.Year(code).IsMissing })
        {
            result.Should().BeTrue($"«{code}» is the absence of a value");
        }
        CellParser.Number(code).HasValue.Should().BeFalse("a dash is not a zero");
    }

    [Fact]
    public void The_cyrillic_and_latin_x_are_both_missing_but_a_real_zero_is_a_value()
    {
        "Х".Should().NotBe("X", "one is Cyrillic Ха, the other Latin X");
        CellParser.Number("Х").IsMissing.Should().BeTrue();
        CellParser.Number("X").IsMissing.Should().BeTrue();
        CellParser.Number("0").Value.Should().Be(0);
        CellParser.Number(null).IsMissing.Should().BeTrue();
    }

    [Fact]
    public void Percent_rule_text_with_sign_is_as_written_percent_format_is_what_excel_shows_bare_number_is_as_written()
    {
        CellParser.Percent("45,3%", null).Value.Should().Be(new PercentValue(45.3, PercentSource.Explicit));
        CellParser.Percent("45,3 %", null).Value.Should().Be(new PercentValue(45.3, PercentSource.Explicit));
        CellParser.Percent(0.453, "0.0%").Value.Value.Should().BeApproximately(45.3, 1e-9);
        CellParser.Percent(0.453, "0.0%").Value.Source.Should().Be(PercentSource.Explicit);
        CellParser.Percent(45.3, null).Value.Should().Be(new PercentValue(45.3, PercentSource.Plain));
        CellParser.Percent("45,3", "0.0%").Value.Should().Be(new PercentValue(45.3, PercentSource.Plain), "a percent format on text does not scale it");
        CellParser.Percent(0.453, null).Value.Should().Be(new PercentValue(0.453, PercentSource.Plain), "fractions are recognised per file, not per cell");
        CellParser.Percent("сорок%", null).Error.Should().Be("ожидался процент, а записано «сорок%»");
    }

    [Theory]
    [InlineData("2023/2024")]
    [InlineData("2023-2024")]
    [InlineData("2023-24")]
    [InlineData("2023 – 2024")]
    [InlineData("2023/24")]
    [InlineData("2024")]
    [InlineData("2024 г.")]
    [InlineData(2024.0)]
    public void Academic_years_in_every_spelling_mean_the_spring_year(object cell)
    {
        CellParser.Year(cell).Value.Should().Be(2024);
    }

    [Theory]
    [InlineData("2023/2025", "учебный год «2023/2025» должен состоять из двух соседних лет")]
    [InlineData("2024/2023", "учебный год «2024/2023» должен состоять из двух соседних лет")]
    [InlineData("24", "ожидался год (2024 или 2023/2024), а записано «24»")]
    [InlineData("прошлый год", "ожидался год (2024 или 2023/2024), а записано «прошлый год»")]
    public void Years_that_are_not_one_academic_year_are_refused_with_a_reason(string text, string error)
    {
        CellParser.Year(text).Error.Should().Be(error);
    }

    [Fact]
    public void Century_boundary_short_academic_year_ends_in_the_next_century()
    {
        CellParser.Year("2099-00").Value.Should().Be(2100);
    }

    [Theory]
    [InlineData("sch470001", "sch470001")]
    [InlineData("SCH470001", "sch470001")]
    [InlineData("  Sch470001 ", "sch470001")]
    [InlineData("sch 470 001", "sch470001")]
    public void Logins_are_normalised_to_lower_case_without_spaces(string text, string login)
    {
        CellParser.Login(text).Value.Should().Be(login);
    }

    [Fact]
    public void Something_that_is_not_a_login_is_refused()
    {
        CellParser.Login("410001").Error.Should().Be("ожидался логин ОО вида sch47NNNN, а записано «410001»");
        CellParser.Login("школа 1").IsInvalid.Should().BeTrue();
        CellParser.Login("н/д").IsMissing.Should().BeTrue();
    }

    [Fact]
    public void Dates_come_from_date_cells_excel_serials_and_russian_text_and_impossible_dates_are_refused()
    {
        CellParser.Date(new DateTime(2024, 5, 24)).Value.Should().Be(new DateOnly(2024, 5, 24));
        CellParser.Date(45436.0).Value.Should().Be(new DateOnly(2024, 5, 24));
        CellParser.Date("24.05.2024").Value.Should().Be(new DateOnly(2024, 5, 24));
        CellParser.Date("2024-05-24").Value.Should().Be(new DateOnly(2024, 5, 24));
        CellParser.Date("31.02.2025").Error.Should().Be("ожидалась дата ДД.ММ.ГГГГ, а записано «31.02.2025»");
    }

    [Fact]
    public void Text_of_a_whole_number_cell_has_no_decimal_part()
    {
        CellParser.Text(410001.0).Value.Should().Be("410001");
        CellParser.Text(" Лужский район ").Value.Should().Be("Лужский район");
    }
}
