namespace Edu.Spreadsheets;

/// <summary>How a column's values are written: the cell type in .xlsx and the text rule in .csv and on pages.</summary>
public enum ColumnType
{
    Text,
    Integer,
    Number,
    Date,

    /// <summary>A moment in time, stored in UTC; pages show it in the region's zone.</summary>
    DateTime,

    /// <summary>Booleans shown as «да»/«нет».</summary>
    YesNo,
}
