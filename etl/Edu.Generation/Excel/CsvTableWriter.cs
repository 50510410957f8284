using System.Globalization;
using Edu.Spreadsheets;

namespace Edu.Generation.Excel;

/// <summary>
/// Generated rows as the CSV every part of the product writes (<see cref="CsvWriter"/>: UTF-8 with BOM, «;», CRLF,
/// quoting), with numbers in a decimal comma and dates ДД.ММ.ГГГГ the way Russian Excel writes them. Text goes out
/// unguarded: generated inputs use «-» as a missing value, and a loader test file must hold exactly what real ones do.
/// </summary>
public sealed class CsvTableWriter(Stream output, bool leaveOpen = false) : ITableWriter
{
    private readonly CsvWriter _csv = new(output, guardFormulas: false, leaveOpen);
    private readonly char[] _number = new char[64];

    public int RowCount { get; private set; }

    public static CsvTableWriter Create(string path) =>
        new(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16));

    public void WriteRow(ReadOnlySpan<SheetCell> cells)
    {
        foreach (var cell in cells)
        {
            WriteCell(cell);
        }

        _csv.EndRow();
        RowCount++;
    }

    public void Merge(int firstRow, int firstColumn, int lastRow, int lastColumn)
    {
        // CSV cannot merge; the text of the first cell already stands for the range.
    }

    public void Dispose() => _csv.Dispose();

    private void WriteCell(SheetCell cell)
    {
        switch (cell.Kind)
        {
            case SheetCellKind.Text:
                _csv.Text(cell.Text);
                break;
            case SheetCellKind.Date:
                _csv.Raw(DateOnly.FromDayNumber(new DateOnly(1899, 12, 30).DayNumber + (int)cell.Number)
                    .ToString("dd.MM.yyyy", CultureInfo.InvariantCulture));
                break;
            case SheetCellKind.Number when cell.Style == CellStyle.Percent:
                var written = FormatNumber(Math.Round(cell.Number * 100, 1));
                _number[written] = '%';
                _csv.Raw(_number.AsSpan(0, written + 1));
                break;
            case SheetCellKind.Number:
                _csv.Raw(_number.AsSpan(0, FormatNumber(cell.Number)));
                break;
            default:
                _csv.Raw([]);
                break;
        }
    }

    /// <summary>Formats into the reused buffer with a decimal comma; returns the length.</summary>
    private int FormatNumber(double value)
    {
        if (!value.TryFormat(_number, out var written, "R", CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"Cannot format {value}.");
        }

        _number.AsSpan(0, written).Replace('.', ',');
        return written;
    }
}
