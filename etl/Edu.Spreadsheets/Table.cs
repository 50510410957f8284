namespace Edu.Spreadsheets;

/// <summary>Typed rows with the column map that writes them. Consumers read the rows' properties; writers go through <see cref="ITable"/>.</summary>
public sealed class Table<TRow>(string name, string title, ColumnMap<TRow> columns, IReadOnlyList<TRow> rows) : ITable
{
    public string Name { get; } = name;

    public string Title { get; } = title;

    public ColumnMap<TRow> Columns { get; } = columns;

    public IReadOnlyList<TRow> Rows { get; } = rows;

    public int RowCount => Rows.Count;

    IReadOnlyList<IColumn> ITable.Columns => Columns;

    public object? Value(int row, int column) => Columns[column].Value(Rows[row]);

    /// <summary>The same table with other rows (filtered, sorted, a month of them).</summary>
    public Table<TRow> With(IEnumerable<TRow> rows) => new(Name, Title, Columns, [.. rows]);
}
