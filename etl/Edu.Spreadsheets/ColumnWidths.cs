using System.Globalization;

namespace Edu.Spreadsheets;

/// <summary>
/// Column widths (in Excel's character units) from what the cells will show, so numbers and dates never print as
/// «###» and a long name wraps instead of widening the page. Measured on text, not on rendered glyphs: no font
/// measuring library is needed: in Arial (<see cref="DocumentWorkbook.Create"/>) a letter, Cyrillic capitals included,
/// is at most about a digit wide, and LibreOffice and Excel agree on a digit's width.
/// </summary>
public static class ColumnWidths
{
    /// <summary>Text wider than this wraps: a school's full name in one line would squeeze every other column in print.</summary>
    public const double MaxText = 45;

    public const double Min = 6;

    /// <summary>How much wider bold text runs than regular.</summary>
    public const double Bold = 1.1;

    // Room for the filter button Excel draws in the header and for the cell's margins.
    private const double Padding = 2.5;

    // The longest lines read to size a column; the widths of a 200,000-row export are set by its first rows alike.
    private const int SampleRows = 5_000;

    /// <summary>The width of each column of <paramref name="table"/>; <see cref="Wraps"/> says which text columns wrap.</summary>
    public static double[] Of(ITable table, Func<object?, IColumn, string> text)
    {
        var widths = new double[table.Columns.Count];
        var rows = Math.Min(table.RowCount, SampleRows);
        for (var c = 0; c < widths.Length; c++)
        {
            var column = table.Columns[c];
            var content = 0;
            for (var r = 0; r < rows; r++) content = Math.Max(content, text(table.Value(r, c), column).Length);
            if (column.Width is { } fixedWidth)
            {
                widths[c] = fixedWidth;
                continue;
            }
            var width = Math.Max(Header(column.Header), content + Padding);
            widths[c] = column.Type == ColumnType.Text ? Math.Clamp(width, Min, MaxText) : Math.Max(width, Min);
        }
        return widths;
    }

    /// <summary>Whether a text column's longest value is wider than its width, so its cells must wrap.</summary>
    public static bool Wraps(ITable table, int column, double width, Func<object?, IColumn, string> text)
    {
        if (table.Columns[column].Type != ColumnType.Text) return false;
        var rows = Math.Min(table.RowCount, SampleRows);
        for (var r = 0; r < rows; r++)
            if (text(table.Value(r, column), table.Columns[column]).Length + Padding > width) return true;
        return false;
    }

    /// <summary>
    /// A header wraps onto at most three lines and never inside a word: «Резильентная (добавленная ценность)» needs its
    /// longest word, or a third of its length, in bold type (<see cref="Bold"/> wider).
    /// </summary>
    private static double Header(string header)
    {
        var longestWord = header.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length).DefaultIfEmpty(0).Max();
        return (Math.Max(longestWord, Math.Ceiling(header.Length / 3.0)) * Bold) + Padding;
    }

    /// <summary>
    /// How many lines <paramref name="text"/> takes in a wrapping cell <paramref name="width"/> characters wide, broken at
    /// spaces as Excel breaks it: rows of wrapped cells get this height set, since neither Excel nor LibreOffice grows a row
    /// whose height the file states, and a file always states them.
    /// </summary>
    public static int Lines(string text, double width)
    {
        var room = Math.Max(1, (int)Math.Floor(width - 1));
        var lines = 1;
        var used = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var length = word.Length;
            if (used > 0 && used + 1 + length <= room)
            {
                used += 1 + length;
                continue;
            }
            if (used > 0) lines++;
            // A word longer than the cell is broken inside it.
            lines += (length - 1) / room;
            used = ((length - 1) % room) + 1;
        }
        return lines;
    }

    /// <summary>
    /// The text a number shows in Excel with the column's format: «0.000» in .NET means what it means in Excel; Excel's
    /// «General» is up to the decimals a file writes.
    /// </summary>
    public static string Number(object value, IColumn column) =>
        Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString(
            ExportCell.FormatOf(column) is var format && format == ExportCell.General ? CellText.FileNumber : format, CultureInfo.GetCultureInfo("ru-RU"));
}
