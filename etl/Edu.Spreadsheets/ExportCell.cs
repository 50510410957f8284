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
                cell.Style.NumberFormat.Format = column.NumberFormat ?? (column.Type == ColumnType.Integer ? "0" : "0.00");
                return;
        }
    }

    /// <summary>SetValue plus the text type: the Value setter would turn input text starting with «=» into a formula (SPEC §9).</summary>
    public static void SetText(IXLCell cell, string text)
    {
        cell.SetValue(text);
        cell.DataType = XLDataType.Text;
    }
}
