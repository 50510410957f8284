using System.Globalization;

namespace Edu.Spreadsheets;

/// <summary>A value as Russian readers expect it in text: «да»/«нет», ДД.ММ.ГГГГ, decimal comma. One rule for the .csv and the pages.</summary>
public static class CellText
{
    /// <summary>Decimals of a number in a .csv: enough that Excel re-reads what was computed.</summary>
    public const string FileNumber = "0.####";

    /// <summary>Decimals of a number on a page: what a reader compares at a glance.</summary>
    public const string PageNumber = "0.##";

    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public static string Of(object? value, IColumn column, string numberFormat) => value switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "да" : "нет",
        DateOnly d => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString(column.Type == ColumnType.Date ? "dd.MM.yyyy" : "dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(column.Type == ColumnType.Integer ? "0" : numberFormat, Russian),
        _ => value.ToString() ?? string.Empty,
    };
}
