namespace Edu.Generation.Excel;

/// <summary>Row-at-a-time output shared by the .xlsx and .csv writers, so generators can emit either.</summary>
public interface ITableWriter : IDisposable
{
    /// <summary>Rows written so far in the current sheet (1-based number of the last row).</summary>
    int RowCount { get; }

    void WriteRow(ReadOnlySpan<SheetCell> cells);

    /// <summary>Merges a range of the current sheet (1-based, inclusive). CSV has no merges and ignores it.</summary>
    void Merge(int firstRow, int firstColumn, int lastRow, int lastColumn);
}
