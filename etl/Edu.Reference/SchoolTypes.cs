namespace Edu.Reference;

/// <summary>
/// «Тип ОО» in one spelling. The types SPEC §3 names (СОШ, ООШ, НОШ, гимназия, лицей, ЦО, СКОШ) are
/// recognised in any usual form — case, quotes, the full name («средняя общеобразовательная школа»),
/// an organisational form in front («МОУ СОШ», «МБОУ гимназия») — and stored as SPEC writes them.
/// The list is open («…»): a type not recognised is kept as the file wrote it, never refused and never
/// forced into a known one, since a wrong guess would silently change who is exempt from a rule.
/// </summary>
public static class SchoolTypes
{
    public const string Gymnasium = "гимназия";
    public const string Lyceum = "лицей";

    // Organisational forms (муниципальное/государственное бюджетное/автономное/казённое… учреждение) say who
    // runs the school, not what it is. A name with a number («Гимназия № 2») is a school's name, not a type.
    private static readonly NameMatcher Known = new(
        [
            ("СОШ", ["средняя общеобразовательная школа", "средняя школа"]),
            ("ООШ", ["основная общеобразовательная школа", "основная школа"]),
            ("НОШ", ["начальная общеобразовательная школа", "начальная школа"]),
            (Gymnasium, []),
            (Lyceum, []),
            ("ЦО", ["центр образования"]),
            ("СКОШ", ["специальная коррекционная общеобразовательная школа", "коррекционная школа", "С(К)ОШ"]),
        ],
        ["моу", "мбоу", "маоу", "мкоу", "мобу", "гоу", "гбоу", "гаоу", "гкоу", "чоу", "ноу", "ано"]);

    /// <summary>The SPEC spelling of a recognised type; anything else as written (trimmed).</summary>
    public static string Canonical(string text) => Known.Find(text) ?? text.Trim();

    /// <summary>
    /// Whether two texts name the same type: recognised types by their canonical name, others by their
    /// normalised words («Гимназия-интернат» and «гимназия интернат» are one type), so a configured list
    /// of types (the objectivity exemption) compares as tolerantly as a loaded file.
    /// </summary>
    public static bool Same(string? a, string? b) =>
        a is not null && b is not null && Known.Key(Canonical(a)) is { Length: > 0 } key && key == Known.Key(Canonical(b));
}
