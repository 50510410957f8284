using Edu.Reference;

namespace Edu.Loading.Kinds.Schools;

/// <summary>«город», «городская», «г.», «село», «сельская местность», «пгт»… → rural or not.</summary>
public static class LocalityParser
{
    public const string Town = "город";
    public const string Village = "село";

    // A «поселок» alone is left out on purpose: it may be either (городского типа or not), so the file must say.
    private static readonly NameMatcher Localities = new(
        [
            (Town, ["городская", "городской", "городское", "г", "гор", "пгт", "поселок городского типа", "рабочий поселок"]),
            (Village, ["сельская", "сельский", "сельское", "с", "деревня", "дер", "д"]),
        ],
        ["местность", "населенный", "пункт", "нп", "поселение", "территория"]);

    // Registries often add the place's name («город Луга», «с. Заклинье»); the leading words still say which it is.
    public static bool? IsRural(string text) => Localities.FindAtStart(text) switch
    {
        Village => true,
        Town => false,
        _ => null,
    };
}
