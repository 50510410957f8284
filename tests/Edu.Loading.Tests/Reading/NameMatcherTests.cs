using Edu.Loading.Kinds.Schools;
using Edu.Reference;

namespace Edu.Loading.Tests.Reading;

/// <summary>One set of rules for every reference list: what a file may vary in a name, and what it may not.</summary>
public sealed class NameMatcherTests
{
    private static readonly NameMatcher Districts =
        new(["Восточный округ", "Западный округ", "Северный округ", "Центральный округ", "Южный округ"], ["образовательный", "округ"]);

    [Theory]
    [InlineData("Восточный округ")]
    [InlineData("Восточный")]
    [InlineData("Восточный образовательный округ")]
    [InlineData("ВОСТОЧНЫЙ ОКРУГ")]
    [InlineData("восточный")]
    [InlineData("  Восточный   округ ")]
    [InlineData("Восточный\u00a0округ")]
    [InlineData("«Восточный» округ")]
    [InlineData("\"Восточный\"")]
    [InlineData("„Восточный“ образовательный округ")]
    [InlineData("'Восточный'")]
    [InlineData("Восточный округ.")]
    [InlineData("образовательный округ Восточный")]
    public void A_name_matches_its_entry_whatever_its_case_quotes_spaces_and_kind_words(string written)
    {
        Districts.Find(written).Should().Be("Восточный округ");
    }

    [Theory]
    [InlineData("Сёверный округ")]
    [InlineData("СЕВЕРНЫЙ")]
    public void Yo_and_ye_are_one_letter(string written)
    {
        Districts.Find(written).Should().Be("Северный округ");
    }

    [Theory]
    [InlineData("Лунный округ")]
    [InlineData("Восточно-Южный")]
    [InlineData("округ")]
    [InlineData("образовательный округ")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void A_name_of_no_entry_or_of_kind_words_only_matches_nothing(string? written)
    {
        Districts.Find(written).Should().BeNull();
    }

    [Fact]
    public void Other_spellings_of_an_entry_match_it_under_the_same_rules()
    {
        var conditions = new NameMatcher([("не менее", ["не ниже", "минимум"]), ("не более", ["не выше"])]);

        conditions.Find("НЕ  НИЖЕ").Should().Be("не менее");
        conditions.Find("«Минимум»").Should().Be("не менее");
        conditions.Find("не выше").Should().Be("не более");
        conditions.Find("примерно").Should().BeNull();
    }

    [Fact]
    public void The_accepted_values_are_the_canonical_names_in_the_order_given()
    {
        Districts.Describe().Should().Be("Восточный округ, Западный округ, Северный округ, Центральный округ, Южный округ");
        Districts.Names.Should().HaveCount(5);
    }

    [Fact]
    public void Two_texts_with_the_same_key_are_one_name_even_outside_the_list()
    {
        Districts.Key("«Лунный» образовательный округ").Should().Be(Districts.Key("ЛУННЫЙ"));
    }

    [Fact]
    public void A_list_whose_spellings_would_match_two_entries_or_nothing_is_refused()
    {
        var ambiguous = () => new NameMatcher(["Восточный округ", "Восточный"], ["округ"]);
        ambiguous.Should().Throw<ArgumentException>().WithMessage("*«Восточный» would match both «Восточный округ» and «Восточный»*");

        var empty = () => new NameMatcher(["округ"], ["округ"]);
        empty.Should().Throw<ArgumentException>().WithMessage("*«округ» consists of kind words only*");
    }

    [Theory]
    [InlineData("город", false)]
    [InlineData("Городская местность", false)]
    [InlineData("г.", false)]
    [InlineData("город Луга", false)]
    [InlineData("г. Луга", false)]
    [InlineData("пгт Вырица", false)]
    [InlineData("посёлок городского типа Вырица", false)]
    [InlineData("СЕЛО", true)]
    [InlineData("сельская местность", true)]
    [InlineData("с. Заклинье", true)]
    [InlineData("деревня Малые Пороги", true)]
    [InlineData("Сельский населённый пункт", true)]
    [InlineData("Луга", null)]
    [InlineData("посёлок Толмачёво", null)]
    [InlineData("хутор", null)]
    public void Locality_is_read_from_its_leading_words_so_a_place_name_after_them_does_not_matter(string written, bool? rural)
    {
        LocalityParser.IsRural(written).Should().Be(rural);
    }

    [Theory]
    [InlineData("СОШ", "СОШ")]
    [InlineData("сош", "СОШ")]
    [InlineData("МОУ СОШ", "СОШ")]
    [InlineData("средняя общеобразовательная школа", "СОШ")]
    [InlineData("Основная общеобразовательная школа", "ООШ")]
    [InlineData("НОШ", "НОШ")]
    [InlineData("Гимназия", "гимназия")]
    [InlineData("МОУ гимназия", "гимназия")]
    [InlineData("МБОУ «Лицей»", "лицей")]
    [InlineData("ЛИЦЕЙ", "лицей")]
    [InlineData("центр образования", "ЦО")]
    [InlineData("С(К)ОШ", "СКОШ")]
    [InlineData("Вечерняя (сменная) школа", "Вечерняя (сменная) школа")]
    [InlineData("  Гимназия № 2 ", "Гимназия № 2")]
    [InlineData("МОУ", "МОУ")]
    public void School_types_of_the_spec_take_its_spelling_and_other_types_stay_as_written(string written, string stored)
    {
        SchoolTypes.Canonical(written).Should().Be(stored);
    }

    [Theory]
    [InlineData("гимназия", "МОУ Гимназия", true)]
    [InlineData("Лицей", "лицей", true)]
    [InlineData("Гимназия-интернат", "гимназия интернат", true)]
    [InlineData("гимназия", "Гимназия № 2", false)]
    [InlineData("гимназия", "лицей", false)]
    [InlineData("гимназия", null, false)]
    [InlineData("МОУ", "МБОУ", false)]
    public void Two_school_types_are_the_same_in_any_spelling(string a, string? b, bool same)
    {
        SchoolTypes.Same(a, b).Should().Be(same);
    }
}
