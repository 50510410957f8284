namespace Edu.Generation;

/// <summary>Spelling variants real files use for the same header (SPEC §3); one is picked per file.</summary>
internal static class HeaderVariants
{
    public static string Pick(Rng rng, params string[] variants) => variants[rng.Next(variants.Length)];

    public static string Participants(Rng rng) =>
        Pick(rng, "Кол-во участников", "Количество участников", "кол-во участников", "Кол-во  участников");

    public static string Login(Rng rng) => Pick(rng, "Логин ОО", "Логин", "логин ОО", "Логин  ОО");

    public static string Code(Rng rng) => Pick(rng, "Код ОО", "код ОО", "Код  ОО", "Код ОО ");

    public static string Municipality(Rng rng) => Pick(rng, "Муниципалитет", "муниципалитет", "Муниципалитет ");
}
