using Edu.Generation.Excel;

namespace Edu.Generation;

/// <summary>Opens an output table by extension and keeps the header list for the manifest.</summary>
internal sealed class TableFile : IDisposable
{
    private readonly ITableWriter _writer;

    private TableFile(string fullPath, string relativePath, ITableWriter writer)
    {
        FullPath = fullPath;
        RelativePath = relativePath;
        _writer = writer;
    }

    public string FullPath { get; }

    public string RelativePath { get; }

    public List<string> Headers { get; } = [];

    public List<string> Quirks { get; } = [];

    public long DataRows { get; set; }

    public int RowCount => _writer.RowCount;

    public static TableFile Create(string outDir, string fileName, string sheetName)
    {
        var full = Path.Combine(outDir, fileName);
        if (fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return new TableFile(full, fileName, CsvTableWriter.Create(full));
        }

        var xlsx = XlsxWriter.Create(full);
        xlsx.StartSheet(sheetName);
        return new TableFile(full, fileName, xlsx);
    }

    public void Row(ReadOnlySpan<SheetCell> cells) => _writer.WriteRow(cells);

    public void Blank() => _writer.WriteRow([]);

    /// <summary>A title row merged across the table width.</summary>
    public void Title(string text, int width)
    {
        _writer.WriteRow([SheetCell.Of(text, CellStyle.Bold)]);
        if (width > 1)
        {
            _writer.Merge(_writer.RowCount, 1, _writer.RowCount, width);
        }
    }

    public void HeaderRow(IReadOnlyList<string> headers)
    {
        Headers.AddRange(headers);
        var cells = headers.Select(SheetCell.Header).ToArray();
        _writer.WriteRow(cells);
    }

    public void Merge(int firstRow, int firstColumn, int lastRow, int lastColumn) =>
        _writer.Merge(firstRow, firstColumn, lastRow, lastColumn);

    public GeneratedFile Describe(string kind, int? year = null, string? subject = null, int? grade = null, DateOnly? date = null) =>
        new(RelativePath, kind, year, subject, grade, date, DataRows, Headers.ToArray(), Quirks.ToArray());

    public void Dispose() => _writer.Dispose();
}
