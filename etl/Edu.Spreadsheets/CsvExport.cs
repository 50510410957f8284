using Edu.Reference;

namespace Edu.Spreadsheets;

/// <summary>
/// The rows of an export as a .csv (SPEC §5: the way Russian Excel opens it), whether they are held (a table) or read
/// while they are written (a streamed export): one loop, so both write the same text for the same value.
/// </summary>
internal static class CsvExport
{
    /// <summary>Writes the header and every row; returns the rows written.</summary>
    public static long Write<TRow>(IReadOnlyList<IColumn> columns, IEnumerable<TRow> rows, Func<TRow, int, object?> value, RegionClock clock, Stream output)
    {
        using var csv = new CsvWriter(output, guardFormulas: true, leaveOpen: true);
        csv.Row(columns.Select(c => c.Header));
        var formats = columns.Select(c => c.FileFormat ?? CellText.FileNumber).ToArray();
        long written = 0;
        foreach (var row in rows)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                var cell = value(row, c);
                if (cell is string text) csv.Text(text);
                else if (cell is DateTime utc && columns[c].Type == ColumnType.DateTime) csv.Raw(clock.Format(utc));
                else csv.Raw(CellText.Of(cell, columns[c], formats[c]));
            }
            csv.EndRow();
            written++;
        }
        return written;
    }
}
