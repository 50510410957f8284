using Edu.Spreadsheets;

namespace Edu.Dashboard.Tables;

/// <summary>Links from the SPEC's standard columns (Логин ОО, Наименование ОО, Муниципалитет) to the school and municipality pages.</summary>
public static class DrillDown
{
    public static string School(string login) => "/school/" + Uri.EscapeDataString(login);

    public static string Municipality(string name) => "/municipality/" + Uri.EscapeDataString(name);

    public static string? Link(ExportTable table, object?[] row, int column)
    {
        var header = table.Columns[column].Header;
        switch (header)
        {
            case "Логин ОО" or "Наименование ОО":
                var login = IndexOf(table, "Логин ОО");
                return login >= 0 && row[login] is string l ? School(l) : null;
            case "Муниципалитет":
                return row[column] is string m && m.Length > 0 ? Municipality(m) : null;
            default:
                return null;
        }
    }

    public static int IndexOf(ExportTable table, string header)
    {
        for (var i = 0; i < table.Columns.Count; i++)
            if (table.Columns[i].Header == header) return i;
        return -1;
    }
}
