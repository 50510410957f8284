using System.Globalization;
using ClosedXML.Excel;

namespace Edu.Spreadsheets;

/// <summary>
/// Puts an export value into a workbook cell, for the export's .xlsx and the monthly report alike: numbers stay
/// numbers with the column's format, yes/no as «да»/«нет», dates as dates, and text is always text.
/// </summary>
public static class ExportCell
{
    public const string DateFormat = "dd.mm.yyyy";
    public const string DateTimeFormat = "dd.mm.yyyy hh:mm";

    public static void Set(IXLCell cell, IColumn column, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                SetText(cell, text);
                return;
            case bool yes:
                SetText(cell, yes ? "да" : "нет");
                return;
            case DateOnly date:
                cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
                cell.Style.DateFormat.Format = DateFormat;
                return;
            case DateTime time:
                cell.SetValue(time);
                cell.Style.DateFormat.Format = column.Type == ColumnType.Date ? DateFormat : DateTimeFormat;
                return;
            default:
                cell.SetValue(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                cell.Style.NumberFormat.Format = FormatOf(column);
                return;
        }
    }

    /// <summary>
    /// Excel's own format: a number as it is, «47» or «47,5». A custom «0.##» shows a whole number as «47,» in Excel,
    /// so a column whose numbers are mostly whole but may have decimals takes this one.
    /// </summary>
    public const string General = "General";

    /// <summary>The Excel number format of a number column: its own, else whole numbers or two decimals.</summary>
    public static string FormatOf(IColumn column) => column.NumberFormat ?? (column.Type == ColumnType.Integer ? "0" : "0.00");

    /// <summary>Excel's limit on the text of one cell; a longer text makes the whole workbook unwritable.</summary>
    public const int MaxText = 32_767;

    /// <summary>
    /// SetValue plus the text type: the Value setter would turn input text starting with «=» into a formula (SPEC §9).
    /// Text longer than a cell holds is cut with a visible mark rather than failing the whole export or report.
    /// </summary>
    public static void SetText(IXLCell cell, string text)
    {
        cell.SetValue(Fit(text));
        cell.DataType = XLDataType.Text;
    }

    /// <summary>The text as one cell can hold it: whole, or cut with «… [сокращено: N символов]» at the end.</summary>
    public static string Fit(string text)
    {
        if (text.Length <= MaxText) return text;
        var mark = string.Create(CultureInfo.GetCultureInfo("ru-RU"), $"… [сокращено: {text.Length:N0} символов]");
        var keep = MaxText - mark.Length;
        // Never split a surrogate pair: half a character would be written as a broken one.
        if (char.IsHighSurrogate(text[keep - 1])) keep--;
        return text[..keep] + mark;
    }
}
