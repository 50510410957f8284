using Edu.Reference;

namespace Edu.Loading.Tests.Reading;

/// <summary>Header spellings that differ only in case, ё/е, punctuation, spaces or «Кол-во» compare equal.</summary>
public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Кол-во участников", "Количество участников")]
    [InlineData("КОЛ-ВО УЧАСТНИКОВ", "количество участников")]
    [InlineData("Кол.во участников", "Количество участников")]
    [InlineData("Отчётная дата", "Отчетная дата")]
    [InlineData("ЁЛКА", "елка")]
    [InlineData("Доля обучающихся, для которых русский язык не родной, %", "Доля обучающихся для которых русский язык не родной")]
    [InlineData("  Логин   ОО ", "Логин ОО")]
    [InlineData("Логин\u00a0ОО", "Логин ОО")]
    [InlineData("Не преодолели минимальный порог, чел.", "Не преодолели минимальный порог чел")]
    [InlineData("81–100 баллов, чел.", "81 100 баллов чел")]
    [InlineData("в т.ч. техническая и естественнонаучная направленности", "в т ч техническая и естественнонаучная направленности")]
    public void Spelling_variants_normalise_to_the_same_text(string a, string b)
    {
        TextNormalizer.Normalize(a).Should().Be(TextNormalizer.Normalize(b));
    }

    [Fact]
    public void Normal_form_is_lower_case_single_spaced_without_punctuation()
    {
        TextNormalizer.Normalize("  Доля обучающихся с ОВЗ, % ").Should().Be("доля обучающихся с овз");
        TextNormalizer.Normalize("«Кол-во»").Should().Be("количество");
        TextNormalizer.Normalize(null).Should().BeEmpty();
        TextNormalizer.Normalize("—").Should().BeEmpty();
    }

    [Fact]
    public void Different_headers_stay_different()
    {
        TextNormalizer.Normalize("Код ОО").Should().NotBe(TextNormalizer.Normalize("Код"));
        TextNormalizer.Normalize("Отметка").Should().NotBe(TextNormalizer.Normalize("Отметка по журналу"));
        TextNormalizer.Normalize("2").Should().NotBe(TextNormalizer.Normalize("3"));
    }
}
