using System.IO.Compression;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace Edu.Generation.Excel;

/// <summary>
/// The generator's .xlsx output over SpreadCheetah, which streams every row into the deflate stream, so memory stays
/// flat whatever the row count (measured against the hand-written writer it replaced: etl/Edu.Generation/README.md).
/// Sheets are written one after another; merges are kept until a sheet ends (the format puts them after the cells).
/// Output is deterministic: no document properties (they carry a creation time), and the zip entries get a fixed
/// timestamp once the package is finished, because SpreadCheetah stamps them with the current time.
/// </summary>
public sealed class XlsxWriter : ITableWriter
{
    // Any fixed instant works; 1980-01-01 is the earliest a zip (DOS) timestamp can hold.
    private static readonly DateTimeOffset EntryTimestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly Stream _output;
    private readonly bool _leaveOpen;
    private readonly Spreadsheet _spreadsheet;
    private readonly StyleId[] _styles;
    private Cell[] _cells = new Cell[32];
    private bool _hasSheet;
    private bool _disposed;

    /// <param name="output">Readable, writable and seekable: the timestamps are fixed in the finished package.</param>
    /// <param name="leaveOpen">Whether <paramref name="output"/> stays open after <see cref="Dispose"/>.</param>
    public XlsxWriter(Stream output, bool leaveOpen = false)
    {
        if (!output.CanRead || !output.CanWrite || !output.CanSeek)
        {
            throw new ArgumentException("The output must be readable, writable and seekable.", nameof(output));
        }

        _output = output;
        _leaveOpen = leaveOpen;
        _spreadsheet = Wait(Spreadsheet.CreateNewAsync(output, new SpreadCheetahOptions
        {
            CompressionLevel = SpreadCheetahCompressionLevel.Optimal,
            DocumentProperties = null,
            PreserveStringWhitespace = true,
        }));
        _styles = new StyleId[Enum.GetValues<CellStyle>().Length];
        _styles[(int)CellStyle.Bold] = _spreadsheet.AddStyle(new Style { Font = { Bold = true } });
        _styles[(int)CellStyle.Date] = _spreadsheet.AddStyle(new Style { Format = NumberFormat.Standard(StandardNumberFormat.ShortDate) });
        _styles[(int)CellStyle.Percent] = _spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("0.0%") });
        _styles[(int)CellStyle.Header] = _spreadsheet.AddStyle(new Style
        {
            Font = { Bold = true },
            Alignment = { Horizontal = HorizontalAlignment.Center, Vertical = VerticalAlignment.Center, WrapText = true },
        });
    }

    public int RowCount { get; private set; }

    public static XlsxWriter Create(string path) =>
        new(new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16));

    /// <summary>Finishes the current sheet, if any, and starts a new one.</summary>
    /// <param name="name">Sheet name: 1–31 characters, none of []:*?/\.</param>
    /// <param name="columnWidths">Optional widths in Excel character units, from column A.</param>
    public void StartSheet(string name, IReadOnlyList<double>? columnWidths = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var options = new WorksheetOptions();
        for (var i = 0; i < (columnWidths?.Count ?? 0); i++)
        {
            options.Column(i + 1).Width = columnWidths![i];
        }

        Wait(_spreadsheet.StartWorksheetAsync(name, options));
        _hasSheet = true;
        RowCount = 0;
    }

    public void WriteRow(ReadOnlySpan<SheetCell> cells)
    {
        if (!_hasSheet)
        {
            throw new InvalidOperationException("StartSheet must be called before WriteRow.");
        }

        if (_cells.Length < cells.Length)
        {
            _cells = new Cell[cells.Length];
        }

        for (var i = 0; i < cells.Length; i++)
        {
            var cell = cells[i];
            StyleId? style = cell.Style == CellStyle.Default ? null : _styles[(int)cell.Style];
            _cells[i] = cell.Kind switch
            {
                SheetCellKind.Text => new Cell(cell.Text, style),
                SheetCellKind.Number or SheetCellKind.Date => new Cell(cell.Number, style),
                _ => new Cell((string?)null, style),
            };
        }

        Wait(_spreadsheet.AddRowAsync(_cells.AsMemory(0, cells.Length)));
        RowCount++;
    }

    public void Merge(int firstRow, int firstColumn, int lastRow, int lastColumn)
    {
        if (!_hasSheet)
        {
            throw new InvalidOperationException("StartSheet must be called before Merge.");
        }

        if (lastRow < firstRow || lastColumn < firstColumn || firstRow < 1 || firstColumn < 1)
        {
            throw new ArgumentException("A merged range needs 1-based corners in order.");
        }

        _spreadsheet.MergeCells(CellReference.Of(firstRow, firstColumn) + ":" + CellReference.Of(lastRow, lastColumn));
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_hasSheet)
        {
            // A workbook without sheets does not open anywhere; an empty sheet keeps the file valid.
            StartSheet("Лист1");
        }

        Wait(_spreadsheet.FinishAsync());
        _spreadsheet.Dispose();
        FixEntryTimestamps();
        if (!_leaveOpen)
        {
            _output.Dispose();
        }
    }

    /// <summary>
    /// Same rows, same bytes: rewrites only the entries' headers (the compressed data is copied as it is, ~20 ms
    /// for the 200,000-row bench file).
    /// </summary>
    private void FixEntryTimestamps()
    {
        _output.Position = 0;
        using var zip = new ZipArchive(_output, ZipArchiveMode.Update, leaveOpen: true);
        foreach (var entry in zip.Entries)
        {
            entry.LastWriteTime = EntryTimestamp;
        }
    }

    // The generator is synchronous; SpreadCheetah's writes to a file stream complete synchronously but for the
    // occasional buffer flush, and it never captures a synchronization context (ConfigureAwait(false)).
    private static void Wait(ValueTask task)
    {
        if (!task.IsCompletedSuccessfully)
        {
            task.AsTask().GetAwaiter().GetResult();
        }
    }

    private static T Wait<T>(ValueTask<T> task) => task.IsCompletedSuccessfully ? task.Result : task.AsTask().GetAwaiter().GetResult();
}
