using Edu.Spreadsheets;

namespace Edu.Dashboard.Tables;

/// <summary>The pages of a school and of a municipality, which every cell naming one links to, and a list narrowed to one.</summary>
public static class DrillDown
{
    public static string School(string login) => "/school/" + Uri.EscapeDataString(login);

    public static string Municipality(string name) => "/municipality/" + Uri.EscapeDataString(name);

    /// <summary>A table page (<paramref name="path"/>) showing one municipality's rows of one year: where a card's list goes on.</summary>
    public static string MunicipalityYear(string path, int year, string municipality) =>
        path + new TableRequest(new Dictionary<string, string>
        {
            [TableFilters.YearKey] = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [TableFilters.MunicipalityKey] = municipality,
        }, null, false, 1).Query();

    public static string Url(EntityRef entity) => entity.Kind switch
    {
        EntityKind.School => School(entity.Key),
        EntityKind.Municipality => Municipality(entity.Key),
        _ => throw new ArgumentOutOfRangeException(nameof(entity)),
    };
}
