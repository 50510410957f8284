using System.Globalization;
using System.Text;

namespace Edu.Generation.Excel;

/// <summary>
/// CSV the way Russian Excel opens it with a double click: UTF-8 with BOM, «;» between fields,
/// decimal comma, dates ДД.ММ.ГГГГ, fields quoted only when they hold «;», quotes or line breaks.
/// </summary>
public sealed class CsvWriter : ITableWriter
{
    private const char Separator = ';';
    private static readonly char[] NeedsQuoting = [Separator, '"', '\n', '\r'];

    private readonly TextWriter _writer;
    private readonly char[] _number = new char[64];

    public CsvWriter(Stream output, bool leaveOpen = false)
    {
        _writer = new StreamWriter(output, new UTF8Encoding(true), 1 << 16, leaveOpen) { NewLine = "\r\n" };
    }

    public int RowCount { get; private set; }

    public static CsvWriter Create(string path) =>
        new(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16));

    public void WriteRow(ReadOnlySpan<SheetCell> cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                _writer.Write(Separator);
            }

            WriteCell(cells[i]);
        }

        _writer.WriteLine();
        RowCount++;
    }

    public void Merge(int firstRow, int firstColumn, int lastRow, int lastColumn)
    {
        // CSV cannot merge; the text of the first cell already stands for the range.
    }

    public void Dispose() => _writer.Dispose();

    private void WriteCell(SheetCell cell)
    {
        switch (cell.Kind)
        {
            case SheetCellKind.Text:
                WriteText(cell.Text ?? string.Empty);
                break;
            case SheetCellKind.Date:
                _writer.Write(DateOnly.FromDayNumber(new DateOnly(1899, 12, 30).DayNumber + (int)cell.Number)
                    .ToString("dd.MM.yyyy", CultureInfo.InvariantCulture));
                break;
            case SheetCellKind.Number when cell.Style == CellStyle.Percent:
                WriteNumber(Math.Round(cell.Number * 100, 1));
                _writer.Write('%');
                break;
            case SheetCellKind.Number:
                WriteNumber(cell.Number);
                break;
            case SheetCellKind.Empty:
                break;
        }
    }

    private void WriteNumber(double value)
    {
        if (!value.TryFormat(_number, out var written, "R", CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"Cannot format {value}.");
        }

        var span = _number.AsSpan(0, written);
        span.Replace('.', ',');
        _writer.Write(span);
    }

    private void WriteText(string text)
    {
        if (text.IndexOfAny(NeedsQuoting) < 0)
        {
            _writer.Write(text);
            return;
        }

        _writer.Write('"');
        _writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        _writer.Write('"');
    }
}
