using Edu.Reference;

namespace Edu.Loading.Tests.Reading;

/// <summary>
/// Names written inside running prose, in any case form (SPEC §11, «Ответственные»): the same matcher as for a cell
/// holding one name, reading words by their stems.
/// </summary>
public sealed class MentionTests
{
    private static readonly MunicipalityDirectory Municipalities = MunicipalityDirectory.LoadDefault();

    [Theory]
    [InlineData("МОУО Лужского района", "Лужский район")]
    [InlineData("комитет образования Гатчинского муниципального района", "Гатчинский район")]
    [InlineData("комитет по образованию Всеволожского района Ленинградской области", "Всеволожский район")]
    [InlineData("администрация Сосновоборского городского округа", "Сосновоборский городской округ")]
    [InlineData("Сосновоборскому ГО", "Сосновоборский городской округ")]
    [InlineData("в Кировском районе", "Кировский район")]
    [InlineData("Лужский МР", "Лужский район")]
    [InlineData("МОБУ «Средняя общеобразовательная школа «Всеволожский центр образования»", "Всеволожский район")]
    public void A_municipality_is_found_in_prose_in_any_case_form(string text, string municipality)
    {
        Municipalities.MentionedIn(text).Select(m => m.Name).Should().Equal(municipality);
    }

    [Fact]
    public void Several_municipalities_are_found_in_the_order_named_once_each()
    {
        Municipalities.MentionedIn("МОУО Тосненского района, комитет образования Гатчинского района, МОУО Тосненского муниципального района")
            .Select(m => m.Name).Should().Equal("Тосненский район", "Гатчинский район");
    }

    [Theory]
    [InlineData("комитет общего и профессионального образования Ленинградской области")]
    [InlineData("руководители органов местного самоуправления Ленинградской области, осуществляющих управление в сфере образования")]
    [InlineData("ГАОУ ДПО «Ленинградский областной институт развития образования»")]
    [InlineData("МОУО, руководители общеобразовательных организаций Ленинградской области.")]
    [InlineData("")]
    [InlineData(null)]
    public void Regional_bodies_and_the_region_itself_name_no_municipality(string? text)
    {
        Municipalities.MentionedIn(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("органы местного самоуправления, осуществляющие управление в сфере образования")]
    [InlineData("Органам местного самоуправления, осуществляющим управление в сфере образования Ленинградской области")]
    [InlineData("руководители органов местного самоуправления Ленинградской области, осуществляющих управление в сфере образования")]
    [InlineData("МОУО")]
    [InlineData("ОМСУ")]
    [InlineData("муниципальные органы управления образованием")]
    [InlineData("руководителей муниципальных органов управления образованием")]
    [InlineData("комитет образования Гатчинского муниципального района")]
    public void The_municipal_education_authorities_are_found_in_any_of_their_usual_forms(string text)
    {
        var parties = ResponsibleParties.Default;
        parties.In(text).Should().Equal(parties.MunicipalAuthorities);
    }

    [Fact]
    public void Each_body_of_a_list_of_responsible_parties_is_found_once_and_the_longest_name_wins()
    {
        var parties = ResponsibleParties.Default.In(
            "комитет общего и профессионального образования Ленинградской области, органы местного самоуправления Ленинградской области, " +
            "осуществляющие управление в сфере образования, руководители организаций высшего и профессионального образования Ленинградской области, " +
            "ГАОУ ДПО «Ленинградский областной институт развития образования», ЛОИРО");

        parties.Should().Equal(
            "Комитет общего и профессионального образования",
            "Органы местного самоуправления, осуществляющие управление в сфере образования",
            "Руководители профессиональных образовательных организаций",
            "ГАОУ ДПО «ЛОИРО»");
    }

    [Fact]
    public void Entries_that_inflect_alike_are_named_by_neither_rather_than_by_a_guess()
    {
        var matcher = new NameMatcher(["Лужская", "Лужский"]);

        matcher.FindMentioned("Лужского района").Should().BeEmpty();
        matcher.Find("Лужский").Should().Be("Лужский", "a cell holding one name still matches exactly");
    }
}
