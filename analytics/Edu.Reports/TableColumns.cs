using Edu.Spreadsheets;

namespace Edu.Reports;

/// <summary>Finds export columns by their SPEC §5 header, so the report does not depend on column positions.</summary>
internal static class TableColumns
{
    public static int Index(ExportTable table, string header)
    {
        for (var i = 0; i < table.Columns.Count; i++)
        {
            if (table.Columns[i].Header == header) return i;
        }
        return -1;
    }

    public static IEnumerable<T?> Values<T>(ExportTable table, string header)
    {
        var index = Index(table, header);
        if (index < 0) throw new InvalidOperationException($"column «{header}» missing from export «{table.Name}»");
        return table.Rows.Select(r => r[index] is T value ? value : default);
    }

    public static int Count(ExportTable table, string header, Func<object?, bool> predicate)
    {
        var index = Index(table, header);
        return index < 0 ? 0 : table.Rows.Count(r => predicate(r[index]));
    }

    public static int CountEqual(ExportTable table, string header, string text) => Count(table, header, v => v as string == text);

    public static int CountTrue(ExportTable table, string header) => Count(table, header, v => v is true);
}
