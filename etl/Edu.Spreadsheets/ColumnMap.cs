using System.Collections;
using Edu.Reference;

namespace Edu.Spreadsheets;

/// <summary>
/// The columns of a table in their order: the one map every writer uses, so a header renamed here is renamed in
/// the .xlsx, the .csv, the page and the report at once. Built once, then only read.
/// </summary>
public sealed class ColumnMap<TRow> : IReadOnlyList<Column<TRow>>
{
    private readonly List<Column<TRow>> _columns = [];

    public int Count => _columns.Count;

    public Column<TRow> this[int index] => _columns[index];

    /// <summary>The column with this key; a wrong key is a programming error.</summary>
    public Column<TRow> this[string key] =>
        _columns.Find(c => c.Key == key) ?? throw new KeyNotFoundException($"No column «{key}» in the map of {typeof(TRow).Name}.");

    public Column<TRow>? Find(string key) => _columns.Find(c => c.Key == key);

    public ColumnMap<TRow> Add(Column<TRow> column)
    {
        if (Find(column.Key) is not null) throw new ArgumentException($"Column key «{column.Key}» appears twice in the map of {typeof(TRow).Name}.");
        _columns.Add(column);
        return this;
    }

    /// <summary>A text column; <c>width</c> (characters) where the header's would cut the text (a skill's description), else the writer decides.</summary>
    public ColumnMap<TRow> Text(string key, string header, Func<TRow, string?> value, Func<TRow, EntityRef?>? refers = null, double? width = null) =>
        Add(new Column<TRow>(key, header, ColumnType.Text, value) { Refers = refers, Width = width });

    public ColumnMap<TRow> Label<TLabel>(string key, string header, LabelSet<TLabel> labels, Func<TRow, TLabel?> value)
        where TLabel : struct, Enum =>
        Add(new Column<TRow>(key, header, ColumnType.Text, r => value(r) is { } label ? labels.Text(label) : null) { Labels = labels });

    public ColumnMap<TRow> Integer(string key, string header, Func<TRow, long?> value) =>
        Add(new Column<TRow>(key, header, ColumnType.Integer, r => value(r)));

    public ColumnMap<TRow> Number(string key, string header, Func<TRow, double?> value, string? format = null, string? fileFormat = null) =>
        Add(new Column<TRow>(key, header, ColumnType.Number, r => value(r)) { NumberFormat = format, FileFormat = fileFormat });

    public ColumnMap<TRow> Date(string key, string header, Func<TRow, DateOnly?> value) =>
        Add(new Column<TRow>(key, header, ColumnType.Date, r => value(r)));

    public ColumnMap<TRow> Moment(string key, string header, Func<TRow, DateTime?> value) =>
        Add(new Column<TRow>(key, header, ColumnType.DateTime, r => value(r)));

    public ColumnMap<TRow> YesNo(string key, string header, Func<TRow, bool?> value) =>
        Add(new Column<TRow>(key, header, ColumnType.YesNo, r => value(r)));

    public IEnumerator<Column<TRow>> GetEnumerator() => _columns.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
