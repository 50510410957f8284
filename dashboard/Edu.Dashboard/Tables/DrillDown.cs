using Edu.Spreadsheets;

namespace Edu.Dashboard.Tables;

/// <summary>The pages of a school and of a municipality, which every cell naming one links to.</summary>
public static class DrillDown
{
    public static string School(string login) => "/school/" + Uri.EscapeDataString(login);

    public static string Municipality(string name) => "/municipality/" + Uri.EscapeDataString(name);

    public static string Url(EntityRef entity) => entity.Kind switch
    {
        EntityKind.School => School(entity.Key),
        EntityKind.Municipality => Municipality(entity.Key),
        _ => throw new ArgumentOutOfRangeException(nameof(entity)),
    };
}
