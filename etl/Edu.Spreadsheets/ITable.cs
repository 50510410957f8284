namespace Edu.Spreadsheets;

/// <summary>A table as the writers see it: its columns and, per row and column, the value to write.</summary>
public interface ITable
{
    /// <summary>Its SPEC name (the «./edu export» table name and the /export/ URL).</summary>
    string Name { get; }

    /// <summary>Russian title: the sheet name, the page heading.</summary>
    string Title { get; }

    IReadOnlyList<IColumn> Columns { get; }

    int RowCount { get; }

    object? Value(int row, int column);
}
