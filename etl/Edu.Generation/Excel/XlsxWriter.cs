using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Edu.Generation.Excel;

/// <summary>
/// A minimal streaming .xlsx writer: every row goes straight into the deflate stream, so memory
/// stays flat whatever the row count. Sheets are written one after another (a zip entry must be
/// finished before the next starts); column widths are fixed when a sheet starts and merges are
/// kept until it ends because the format puts them after the cells.
/// Output is deterministic: fixed entry timestamps and no clock anywhere.
/// </summary>
public sealed class XlsxWriter : ITableWriter
{
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    // Any fixed instant works; 1980-01-01 is the earliest a zip (DOS) timestamp can hold.
    private static readonly DateTimeOffset EntryTimestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly XmlWriterSettings XmlSettings = new()
    {
        Encoding = new UTF8Encoding(false),
        CloseOutput = true,
        CheckCharacters = false,
    };

    private readonly ZipArchive _zip;
    private readonly CompressionLevel _compression;
    private readonly List<string> _sheetNames = [];
    private readonly List<string> _merges = [];
    private XmlWriter? _sheet;
    private bool _disposed;

    public XlsxWriter(Stream output, bool leaveOpen = false, CompressionLevel compression = CompressionLevel.Optimal)
    {
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen, Encoding.UTF8);
        _compression = compression;
    }

    public int RowCount { get; private set; }

    public static XlsxWriter Create(string path) =>
        new(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16));

    /// <summary>Finishes the current sheet, if any, and starts a new one.</summary>
    /// <param name="name">Sheet name: 1–31 characters, none of []:*?/\.</param>
    /// <param name="columnWidths">Optional widths in Excel character units, from column A.</param>
    public void StartSheet(string name, IReadOnlyList<double>? columnWidths = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ValidateSheetName(name);
        EndSheet();

        _sheetNames.Add(name);
        var entry = _zip.CreateEntry($"xl/worksheets/sheet{_sheetNames.Count}.xml", _compression);
        entry.LastWriteTime = EntryTimestamp;
        _sheet = XmlWriter.Create(entry.Open(), XmlSettings);
        _sheet.WriteStartDocument(true);
        _sheet.WriteStartElement("worksheet", MainNamespace);
        if (columnWidths is { Count: > 0 })
        {
            _sheet.WriteStartElement("cols");
            for (var i = 0; i < columnWidths.Count; i++)
            {
                _sheet.WriteStartElement("col");
                _sheet.WriteAttributeString("min", Invariant(i + 1));
                _sheet.WriteAttributeString("max", Invariant(i + 1));
                _sheet.WriteAttributeString("width", columnWidths[i].ToString("0.##", CultureInfo.InvariantCulture));
                _sheet.WriteAttributeString("customWidth", "1");
                _sheet.WriteEndElement();
            }

            _sheet.WriteEndElement();
        }

        _sheet.WriteStartElement("sheetData");
        RowCount = 0;
    }

    public void WriteRow(ReadOnlySpan<SheetCell> cells)
    {
        var sheet = _sheet ?? throw new InvalidOperationException("StartSheet must be called before WriteRow.");
        RowCount++;
        var row = Invariant(RowCount);
        sheet.WriteStartElement("row");
        sheet.WriteAttributeString("r", row);
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = cells[i];
            if (cell.Kind == SheetCellKind.Empty && cell.Style == CellStyle.Default)
            {
                continue;
            }

            sheet.WriteStartElement("c");
            sheet.WriteStartAttribute("r");
            sheet.WriteRaw(CellReference.ColumnName(i + 1));
            sheet.WriteRaw(row);
            sheet.WriteEndAttribute();
            if (cell.Style != CellStyle.Default)
            {
                sheet.WriteAttributeString("s", Invariant((int)cell.Style));
            }

            switch (cell.Kind)
            {
                case SheetCellKind.Text:
                    sheet.WriteAttributeString("t", "inlineStr");
                    sheet.WriteStartElement("is");
                    sheet.WriteStartElement("t");
                    var text = cell.Text ?? string.Empty;
                    if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
                    {
                        sheet.WriteAttributeString("xml", "space", null, "preserve");
                    }

                    sheet.WriteString(text);
                    sheet.WriteEndElement();
                    sheet.WriteEndElement();
                    break;
                case SheetCellKind.Number:
                case SheetCellKind.Date:
                    sheet.WriteStartElement("v");
                    sheet.WriteValue(cell.Number);
                    sheet.WriteEndElement();
                    break;
                case SheetCellKind.Empty:
                    break;
            }

            sheet.WriteEndElement();
        }

        sheet.WriteEndElement();
    }

    public void Merge(int firstRow, int firstColumn, int lastRow, int lastColumn)
    {
        if (_sheet is null)
        {
            throw new InvalidOperationException("StartSheet must be called before Merge.");
        }

        if (lastRow < firstRow || lastColumn < firstColumn || firstRow < 1 || firstColumn < 1)
        {
            throw new ArgumentException("A merged range needs 1-based corners in order.");
        }

        _merges.Add(CellReference.Of(firstRow, firstColumn) + ":" + CellReference.Of(lastRow, lastColumn));
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_sheetNames.Count == 0)
        {
            // A workbook without sheets does not open anywhere; an empty sheet keeps the file valid.
            StartSheet("Лист1");
        }

        EndSheet();
        WritePart("[Content_Types].xml", XlsxPackageParts.ContentTypes(_sheetNames.Count));
        WritePart("_rels/.rels", XlsxPackageParts.RootRelationships);
        WritePart("xl/workbook.xml", XlsxPackageParts.Workbook(_sheetNames));
        WritePart("xl/_rels/workbook.xml.rels", XlsxPackageParts.WorkbookRelationships(_sheetNames.Count));
        WritePart("xl/styles.xml", XlsxPackageParts.Styles);
        _zip.Dispose();
    }

    private void EndSheet()
    {
        if (_sheet is null)
        {
            return;
        }

        _sheet.WriteEndElement();
        if (_merges.Count > 0)
        {
            _sheet.WriteStartElement("mergeCells");
            _sheet.WriteAttributeString("count", Invariant(_merges.Count));
            foreach (var range in _merges)
            {
                _sheet.WriteStartElement("mergeCell");
                _sheet.WriteAttributeString("ref", range);
                _sheet.WriteEndElement();
            }

            _sheet.WriteEndElement();
        }

        _sheet.WriteEndElement();
        _sheet.WriteEndDocument();
        _sheet.Dispose();
        _sheet = null;
        _merges.Clear();
    }

    private void WritePart(string name, string content)
    {
        var entry = _zip.CreateEntry(name, _compression);
        entry.LastWriteTime = EntryTimestamp;
        using var stream = entry.Open();
        var bytes = new UTF8Encoding(false).GetBytes(content);
        stream.Write(bytes);
    }

    private void ValidateSheetName(string name)
    {
        if (name.Length is 0 or > 31 || name.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) >= 0)
        {
            throw new ArgumentException($"«{name}» is not a valid sheet name (1–31 chars, no []:*?/\\).", nameof(name));
        }

        if (_sheetNames.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Sheet «{name}» already exists.", nameof(name));
        }
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
