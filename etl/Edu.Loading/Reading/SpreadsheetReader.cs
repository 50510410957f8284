using System.Text;
using ExcelDataReader;

namespace Edu.Loading.Reading;

/// <summary>
/// Streams the sheets of an .xlsx, .xls or .csv file row by row (ExcelDataReader), so memory stays
/// flat however long the file is. Unreadable files surface as UnreadableFileException with a Russian reason.
/// </summary>
public sealed class SpreadsheetReader : IDisposable
{
    private readonly Stream _stream;
    private readonly IExcelDataReader _reader;

    static SpreadsheetReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private SpreadsheetReader(Stream stream, IExcelDataReader reader, SpreadsheetFormat format)
    {
        _stream = stream;
        _reader = reader;
        Format = format;
    }

    public SpreadsheetFormat Format { get; }

    /// <summary>Share of the file's bytes consumed so far (0…1), for progress display.</summary>
    public double Position => _stream.Length == 0 ? 1 : (double)_stream.Position / _stream.Length;

    public static SpreadsheetReader Open(string path, ReaderLimits? limits = null)
    {
        var format = FileSniffer.Inspect(path, limits ?? ReaderLimits.Default);
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
            return new SpreadsheetReader(stream, reader, format);
        }
        catch (Exception e) when (e is not UnreadableFileException)
        {
            stream.Dispose();
            throw Translate(e);
        }
    }

    /// <summary>Sheets in workbook order; each sheet's rows must be consumed before moving to the next.</summary>
    public IEnumerable<(string Name, IEnumerable<SheetRow> Rows)> Sheets()
    {
        var first = true;
        while (true)
        {
            if (!first)
            {
                bool more;
                try { more = _reader.NextResult(); }
                catch (Exception e) { throw Translate(e); }
                if (!more) yield break;
            }
            first = false;
            var name = Format == SpreadsheetFormat.Csv ? "CSV" : _reader.Name ?? "Лист1";
            yield return (name, Rows());
        }
    }

    private IEnumerable<SheetRow> Rows()
    {
        var number = 0;
        while (true)
        {
            bool read;
            try { read = _reader.Read(); }
            catch (Exception e) { throw Translate(e); }
            if (!read) yield break;
            number++;
            var count = _reader.FieldCount;
            var cells = new object?[count];
            var formats = new string?[count];
            for (var i = 0; i < count; i++)
            {
                var value = _reader.GetValue(i);
                cells[i] = value is DBNull ? null : value;
                if (value is double && Format != SpreadsheetFormat.Csv) formats[i] = _reader.GetNumberFormatString(i);
            }
            yield return new SheetRow(number, cells, formats);
        }
    }

    private static UnreadableFileException Translate(Exception e)
    {
        var type = e.GetType().Name;
        if (type.Contains("Password", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("encrypt", StringComparison.OrdinalIgnoreCase))
            return new UnreadableFileException("файл защищён паролем: снимите пароль в Excel и загрузите снова", e);
        return new UnreadableFileException("файл повреждён или имеет неизвестный формат и не может быть прочитан", e);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
    }
}
