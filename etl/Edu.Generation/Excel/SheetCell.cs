namespace Edu.Generation.Excel;

public enum SheetCellKind
{
    Empty,
    Text,
    Number,
    Date,
}

/// <summary>
/// One cell value with its format. A struct so that writing a row of 20 cells allocates nothing
/// but the strings the caller already has.
/// </summary>
public readonly record struct SheetCell(SheetCellKind Kind, string? Text, double Number, CellStyle Style)
{
    public static readonly SheetCell Empty = default;

    public static SheetCell Of(string? text, CellStyle style = CellStyle.Default) =>
        text is null ? Empty : new(SheetCellKind.Text, text, 0, style);

    public static SheetCell Of(double number, CellStyle style = CellStyle.Default) =>
        new(SheetCellKind.Number, null, number, style);

    public static SheetCell Of(DateOnly date) =>
        new(SheetCellKind.Date, null, ExcelDate.ToSerial(date), CellStyle.Date);

    /// <summary>A fraction (0.453) shown by Excel as «45.3%».</summary>
    public static SheetCell Percent(double fraction) =>
        new(SheetCellKind.Number, null, fraction, CellStyle.Percent);

    public static SheetCell Header(string text) => new(SheetCellKind.Text, text, 0, CellStyle.Header);

    public static implicit operator SheetCell(string? text) => Of(text);

    public static implicit operator SheetCell(int number) => Of(number);

    public static implicit operator SheetCell(double number) => Of(number);

    public static implicit operator SheetCell(DateOnly date) => Of(date);
}
