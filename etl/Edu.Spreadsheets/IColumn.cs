using Edu.Reference;
namespace Edu.Spreadsheets;

/// <summary>What every writer (xlsx, csv, the HTML table, a report sheet) needs to know of a column.</summary>
public interface IColumn
{
    /// <summary>Stable name for code and URLs (sort, filters); never shown.</summary>
    string Key { get; }

    /// <summary>The Russian header users read (SPEC §5 for exports).</summary>
    string Header { get; }

    ColumnType Type { get; }

    /// <summary>Excel number format of a number column; null takes the type's default.</summary>
    string? NumberFormat { get; }

    /// <summary>
    /// .NET number format of the column's text in a .csv where the file's default (<see cref="CellText.FileNumber"/>, up to
    /// four decimals) is not enough: «0.00##» keeps at least two. Null takes the default.
    /// </summary>
    string? FileFormat => null;

    /// <summary>Width in characters where the content alone would mislead; null lets the writer decide.</summary>
    double? Width { get; }

    /// <summary>The set of labels the column's text values come from (statuses), for colours and checks.</summary>
    ILabelSet? Labels { get; }
}
