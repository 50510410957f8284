namespace Edu.Spreadsheets;

public enum ExportType
{
    Text,
    Integer,
    Number,
    Date,
    DateTime,

    /// <summary>Booleans shown as «да»/«нет».</summary>
    YesNo,
}

public sealed record ExportColumn(string Header, ExportType Type, string? NumberFormat = null);

/// <summary>A table ready for download: Russian headers, keys first, typed values.</summary>
public sealed record ExportTable(string Name, string Title, IReadOnlyList<ExportColumn> Columns, IReadOnlyList<object?[]> Rows);
