using Edu.Reference;

namespace Edu.Loading.Kinds.Rosters;

/// <summary>
/// Roles in a project (SPEC §11 names «участник», «наставник», «подшефная», «стажировочная площадка» and leaves the list
/// open): the usual ones take one spelling whatever the file wrote, any other role is kept as written.
/// </summary>
public static class RoleNames
{
    private static readonly NameMatcher Known = new(
    [
        ("участник", ["участница", "участники", "ОО участник", "школа участник"]),
        ("наставник", ["наставница", "школа наставник", "ОО наставник", "наставническая"]),
        ("подшефная", ["подшефный", "подшефная школа", "наставляемая", "наставляемый", "школа с низкими результатами"]),
        ("стажировочная площадка", ["стажировочная", "стажировочная площадка ОО", "базовая площадка"]),
    ]);

    public static string Canonical(string written) =>
        Known.Find(written) ?? string.Join(' ', written.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
