namespace Edu.Generation.Excel;

public static class CellReference
{
    // Column letters are asked for millions of times per big sheet; a small cache avoids re-building them.
    private static readonly string[] Cache = Enumerable.Range(1, 256).Select(Build).ToArray();

    /// <summary>Column letters for a 1-based column number: 1 → A, 27 → AA.</summary>
    public static string ColumnName(int column) =>
        column is >= 1 and <= 256 ? Cache[column - 1] : Build(column);

    public static string Of(int row, int column) =>
        string.Concat(ColumnName(column), row.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string Build(int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        var letters = new Stack<char>();
        while (column > 0)
        {
            column--;
            letters.Push((char)('A' + (column % 26)));
            column /= 26;
        }

        return new string(letters.ToArray());
    }
}
