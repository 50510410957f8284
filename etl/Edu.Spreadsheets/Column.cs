using Edu.Reference;
namespace Edu.Spreadsheets;

/// <summary>
/// One column of a typed table: its header and format, and how to take its value from a row. The value is what a
/// writer puts in the cell (text, a number, a date, a boolean); a labelled column gives the label's text.
/// </summary>
public sealed class Column<TRow>(string key, string header, ColumnType type, Func<TRow, object?> value) : IColumn
{
    public string Key { get; } = key;

    public string Header { get; } = header;

    public ColumnType Type { get; } = type;

    public Func<TRow, object?> Value { get; } = value;

    public string? NumberFormat { get; init; }

    public string? FileFormat { get; init; }

    public double? Width { get; init; }

    public ILabelSet? Labels { get; init; }

    /// <summary>The school or municipality a cell names, so pages can link it; null when it names none.</summary>
    public Func<TRow, EntityRef?>? Refers { get; init; }
}
