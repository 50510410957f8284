using Edu.Generation.Excel;
using SpreadCheetah;
using SpreadCheetah.Styling;

namespace Edu.Bench;

/// <summary>
/// The generator's row interface over SpreadCheetah, with the generator's styles (bold, date, «0.0%», centred header),
/// so that «-- write» can time both writers on the same rows. SpreadCheetah is asynchronous and the generator is not:
/// each call waits for its task, which on a file stream almost always completes at once.
/// </summary>
internal sealed class SpreadCheetahTableWriter : ITableWriter
{
    private readonly FileStream _stream;
    private readonly Spreadsheet _sheet;
    private readonly Dictionary<CellStyle, StyleId> _styles = [];
    private Cell[] _cells = new Cell[32];

    public SpreadCheetahTableWriter(string path, string sheetName)
    {
        _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        _sheet = Spreadsheet.CreateNewAsync(_stream, new SpreadCheetahOptions { CompressionLevel = SpreadCheetahCompressionLevel.Optimal })
            .AsTask().GetAwaiter().GetResult();
        _sheet.StartWorksheetAsync(sheetName).AsTask().GetAwaiter().GetResult();
        _styles[CellStyle.Bold] = _sheet.AddStyle(new Style { Font = { Bold = true } });
        _styles[CellStyle.Date] = _sheet.AddStyle(new Style { Format = NumberFormat.Standard(StandardNumberFormat.ShortDate) });
        _styles[CellStyle.Percent] = _sheet.AddStyle(new Style { Format = NumberFormat.Custom("0.0%") });
        _styles[CellStyle.Header] = _sheet.AddStyle(new Style
        {
            Font = { Bold = true },
            Alignment = { Horizontal = HorizontalAlignment.Center, Vertical = VerticalAlignment.Center, WrapText = true },
        });
    }

    public int RowCount { get; private set; }

    public void WriteRow(ReadOnlySpan<SheetCell> cells)
    {
        if (_cells.Length < cells.Length) _cells = new Cell[cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = cells[i];
            var style = cell.Style == CellStyle.Default ? null : _styles[cell.Style];
            _cells[i] = cell.Kind switch
            {
                SheetCellKind.Text => new Cell(cell.Text, style),
                SheetCellKind.Number or SheetCellKind.Date => new Cell(cell.Number, style),
                _ => new Cell((string?)null, style),
            };
        }
        _sheet.AddRowAsync(_cells.AsMemory(0, cells.Length)).AsTask().GetAwaiter().GetResult();
        RowCount++;
    }

    public void Merge(int firstRow, int firstColumn, int lastRow, int lastColumn) =>
        _sheet.MergeCells($"{CellReference.Of(firstRow, firstColumn)}:{CellReference.Of(lastRow, lastColumn)}");

    public void Dispose()
    {
        _sheet.FinishAsync().AsTask().GetAwaiter().GetResult();
        _sheet.Dispose();
        _stream.Dispose();
    }
}
