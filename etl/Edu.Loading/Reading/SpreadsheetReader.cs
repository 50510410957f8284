using System.Text;
using Edu.Loading.Reading.Xlsx;
using ExcelDataReader;

namespace Edu.Loading.Reading;

/// <summary>
/// Streams the sheets of an .xlsx, .xls or .csv file row by row, so memory stays flat however long the file is:
/// .xlsx through our own reader (<see cref="XlsxWorkbook"/>: work follows the cells the file really holds), .xls and
/// .csv through ExcelDataReader. Unreadable files surface as UnreadableFileException with a Russian reason and, where
/// there is one, the sheet and row.
/// </summary>
public sealed class SpreadsheetReader : IDisposable
{
    private readonly XlsxWorkbook? _book;
    private readonly Stream? _stream;
    private readonly IExcelDataReader? _reader;

    static SpreadsheetReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private readonly string _path;
    private readonly ReaderLimits _limits;

    private SpreadsheetReader(string path, ReaderLimits limits, XlsxWorkbook book)
    {
        (_path, _limits, _book) = (path, limits, book);
        Format = SpreadsheetFormat.Xlsx;
    }

    private SpreadsheetReader(string path, ReaderLimits limits, Stream stream, IExcelDataReader reader, SpreadsheetFormat format)
    {
        (_path, _limits, _stream, _reader) = (path, limits, stream, reader);
        Format = format;
    }

    public SpreadsheetFormat Format { get; }

    /// <summary>Share of the file consumed so far (0…1), for progress display.</summary>
    public double Position => _book?.Position ?? (_stream!.Length == 0 ? 1 : (double)_stream.Position / _stream.Length);

    public static SpreadsheetReader Open(string path, ReaderLimits? limits = null)
    {
        limits ??= ReaderLimits.Default;
        var format = FileSniffer.Inspect(path, limits);
        if (format == SpreadsheetFormat.Xlsx) return new SpreadsheetReader(path, limits, XlsxWorkbook.Open(path, limits));
        var stream = File.OpenRead(path);
        try
        {
            var config = new ExcelReaderConfiguration
            {
                FallbackEncoding = Encoding.GetEncoding(1251),
                AutodetectSeparators = [';', ',', '\t', '|'],
                AnalyzeInitialCsvRows = 50,
            };
            IExcelDataReader reader = format == SpreadsheetFormat.Csv
                ? ExcelReaderFactory.CreateCsvReader(stream, config)
                : ExcelReaderFactory.CreateReader(stream, config);
            return new SpreadsheetReader(path, limits, stream, reader, format);
        }
        catch (Exception e) when (e is not UnreadableFileException)
        {
            stream.Dispose();
            throw Translate(e, null, null);
        }
    }

    /// <summary>
    /// The first <paramref name="rows"/> rows of every sheet, read apart from <see cref="Sheets"/> (an .xlsx's shared
    /// strings are read once for both; .xls and .csv are opened a second time, which costs only those rows).
    /// </summary>
    public IEnumerable<(string Name, IReadOnlyList<SheetRow> Rows)> Heads(int rows)
    {
        if (_book is not null)
        {
            foreach (var sheet in _book.Sheets) yield return (sheet.Name, _book.Rows(sheet, countProgress: false).Take(rows).ToList());
            yield break;
        }
        using var other = Open(_path, _limits with { CountInflatedBytes = false });
        foreach (var (name, sheetRows) in other.Sheets()) yield return (name, sheetRows.Take(rows).ToList());
    }

    /// <summary>Sheets in workbook order; each sheet's rows must be consumed before moving to the next.</summary>
    public IEnumerable<(string Name, IEnumerable<SheetRow> Rows)> Sheets()
    {
        if (_book is not null)
        {
            foreach (var sheet in _book.Sheets) yield return (sheet.Name, _book.Rows(sheet));
            yield break;
        }
        var first = true;
        while (true)
        {
            if (!first)
            {
                bool more;
                try { more = _reader!.NextResult(); }
                catch (Exception e) { throw Translate(e, null, null); }
                if (!more) yield break;
            }
            first = false;
            var name = Format == SpreadsheetFormat.Csv ? "CSV" : _reader!.Name ?? "Лист1";
            yield return (name, Rows(name));
        }
    }

    private IEnumerable<SheetRow> Rows(string sheet)
    {
        var reader = _reader!;
        var number = 0;
        while (true)
        {
            bool read;
            try { read = reader.Read(); }
            catch (Exception e) { throw Translate(e, sheet, number + 1); }
            if (!read) yield break;
            number++;
            var count = reader.FieldCount;
            // A CSV's width is the widest of its first rows; beyond Excel's width no table of ours lies, only a runaway line.
            if (count > CellReference.MaxColumns)
                throw new UnreadableFileException($"в строке больше {CellReference.MaxColumns:N0} столбцов (столько не вмещает лист Excel): проверьте разделитель и кавычки в файле") { Sheet = sheet, Row = number };
            var last = -1;
            for (var i = count - 1; i >= 0; i--)
            {
                if (reader.GetValue(i) is not (null or DBNull)) { last = i; break; }
            }
            if (last < 0)
            {
                yield return SheetRow.Blank(number);
                continue;
            }
            var cells = new object?[last + 1];
            var formats = new string?[last + 1];
            for (var i = 0; i <= last; i++)
            {
                var value = reader.GetValue(i);
                cells[i] = value is DBNull ? null : value;
                if (value is double && Format != SpreadsheetFormat.Csv) formats[i] = reader.GetNumberFormatString(i);
            }
            yield return new SheetRow(number, cells, formats);
        }
    }

    private static UnreadableFileException Translate(Exception e, string? sheet, int? row)
    {
        var type = e.GetType().Name;
        if (type.Contains("Password", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("encrypt", StringComparison.OrdinalIgnoreCase))
            return new UnreadableFileException("файл защищён паролем: снимите пароль в Excel и загрузите снова", e);
        return new UnreadableFileException(
            sheet is null ? "файл повреждён или имеет неизвестный формат и не может быть прочитан" : "данные листа повреждены и не читаются: откройте файл в Excel и сохраните его заново", e)
        { Sheet = sheet, Row = row };
    }

    public void Dispose()
    {
        _book?.Dispose();
        _reader?.Dispose();
        _stream?.Dispose();
    }
}
