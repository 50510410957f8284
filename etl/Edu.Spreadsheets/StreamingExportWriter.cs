using System.Globalization;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace Edu.Spreadsheets;

/// <summary>
/// Writes an export whose rows are read while they are written — millions of task results — so memory stays flat
/// whatever their number: .xlsx through SpreadCheetah, which deflates each row into the file as it comes (ClosedXML
/// holds the whole workbook: 2.4 GB for 200,000 × 12 cells, STACK.md), or .csv through the one CSV loop. The cells are
/// those of <see cref="ExportWriter"/>: numbers with the column's format, «да»/«нет», dates, text always text. A sheet
/// holds at most <see cref="MaxSheetRows"/> rows under its header; more go on to «Название (2)», «Название (3)» …
/// </summary>
public static class StreamingExportWriter
{
    /// <summary>Excel's 1,048,576 rows less the header.</summary>
    public const int MaxSheetRows = 1_048_575;

    /// <summary>
    /// Writes by the file's extension; returns the rows written. <paramref name="rowCount"/>, the number of rows when
    /// known, sets each sheet's filter over exactly its rows; null leaves the filter out.
    /// </summary>
    public static long Write<TRow>(DocumentHeading heading, ColumnMap<TRow> columns, IEnumerable<TRow> rows, long? rowCount, string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".xlsx" => WriteXlsx(heading, columns, rows, rowCount, stream),
            ".csv" => CsvExport.Write(columns, rows, (row, c) => columns[c].Value(row), heading.Clock, stream),
            var other => throw new ArgumentException($"Неизвестный формат выгрузки «{other}»: ожидался .xlsx или .csv"),
        };
    }

    /// <summary>The .xlsx; <paramref name="sheetRows"/> smaller than Excel's limit only lets tests see the continuation sheets.</summary>
    public static long WriteXlsx<TRow>(DocumentHeading heading, ColumnMap<TRow> columns, IEnumerable<TRow> rows, long? rowCount, Stream output, int sheetRows = MaxSheetRows)
    {
        using var spreadsheet = Wait(Spreadsheet.CreateNewAsync(output, new SpreadCheetahOptions { CompressionLevel = SpreadCheetahCompressionLevel.Fastest }));
        var styles = new Styles(spreadsheet, columns);
        var cells = new Cell[columns.Count];
        var sheetName = DocumentSheet.SheetName(heading.Title);
        long written = 0;
        using var row = rows.GetEnumerator();
        var more = row.MoveNext();
        for (var sheet = 1; sheet == 1 || more; sheet++)
        {
            var inSheet = rowCount is { } total ? Math.Min(sheetRows, total - written) : (long?)null;
            StartSheet(spreadsheet, sheet == 1 ? sheetName : Continuation(sheetName, sheet), heading, columns, styles, inSheet);
            for (var r = 0; r < sheetRows && more; r++, more = row.MoveNext())
            {
                for (var c = 0; c < columns.Count; c++) cells[c] = styles.Cell(c, columns[c].Value(row.Current));
                Wait(spreadsheet.AddRowAsync(cells));
                written++;
            }
        }
        Wait(spreadsheet.FinishAsync());
        return written;
    }

    // The heading of every export's document above the header at DocumentSheet.HeaderRow, as the held tables have it:
    // frozen and filtered from there, so a reader finds the header where it finds every export's.
    private static void StartSheet<TRow>(Spreadsheet spreadsheet, string name, DocumentHeading heading, ColumnMap<TRow> columns, Styles styles, long? rows)
    {
        var header = DocumentSheet.HeaderRow;
        var options = new WorksheetOptions { FrozenRows = header };
        for (var c = 0; c < columns.Count; c++) options.Column(c + 1).Width = columns[c].Width ?? Math.Clamp(columns[c].Header.Length + 2, 10, 40);
        if (rows > 0)
            options.AutoFilter = new AutoFilterOptions($"A{header.ToString(CultureInfo.InvariantCulture)}:{Column(columns.Count)}{(rows + header).Value.ToString(CultureInfo.InvariantCulture)}");
        Wait(spreadsheet.StartWorksheetAsync(name, options));
        var lines = heading.Lines;
        for (var r = 1; r < header; r++)
            Wait(spreadsheet.AddRowAsync(r <= lines.Count ? [new Cell(lines[r - 1], r == 1 ? styles.Title : default)] : Array.Empty<Cell>()));
        Wait(spreadsheet.AddRowAsync(columns.Select(c => new Cell(c.Header, styles.Header)).ToArray()));
    }

    // «Выполнение заданий (2)» within the 31 characters a sheet name may have.
    private static string Continuation(string name, int sheet)
    {
        var suffix = $" ({sheet.ToString(CultureInfo.InvariantCulture)})";
        return (name.Length + suffix.Length > 31 ? name[..(31 - suffix.Length)] : name) + suffix;
    }

    private static string Column(int number)
    {
        var letters = "";
        for (var n = number; n > 0; n = (n - 1) / 26) letters = (char)('A' + ((n - 1) % 26)) + letters;
        return letters;
    }

    // SpreadCheetah is asynchronous, exports are not; a write to a file stream completes synchronously but for a flush.
    private static void Wait(ValueTask task)
    {
        if (!task.IsCompletedSuccessfully) task.AsTask().GetAwaiter().GetResult();
    }

    private static T Wait<T>(ValueTask<T> task) => task.IsCompletedSuccessfully ? task.Result : task.AsTask().GetAwaiter().GetResult();

    /// <summary>The styles of the cells, per column as <see cref="ExportCell"/> formats a cell of that column.</summary>
    private sealed class Styles
    {
        private readonly IReadOnlyList<IColumn> _columns;
        private readonly StyleId[] _numbers;
        private readonly StyleId _date;
        private readonly StyleId _moment;

        public Styles(Spreadsheet spreadsheet, IReadOnlyList<IColumn> columns)
        {
            _columns = columns;
            Header = spreadsheet.AddStyle(new Style { Font = { Bold = true }, Alignment = { WrapText = true, Vertical = VerticalAlignment.Top } });
            Title = spreadsheet.AddStyle(new Style { Font = { Bold = true, Size = 14 } });
            _date = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom(ExportCell.DateFormat) });
            _moment = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom(ExportCell.DateTimeFormat) });
            var byFormat = new Dictionary<string, StyleId>(StringComparer.Ordinal);
            _numbers = columns.Select(c =>
            {
                var format = ExportCell.FormatOf(c);
                if (!byFormat.TryGetValue(format, out var style)) byFormat[format] = style = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom(format) });
                return style;
            }).ToArray();
        }

        public StyleId Header { get; }

        public StyleId Title { get; }

        public Cell Cell(int column, object? value) => value switch
        {
            null => new Cell((string?)null),
            string text => new Cell(ExportCell.Fit(text)),
            bool yes => new Cell(yes ? "да" : "нет"),
            DateOnly date => new Cell(date.ToDateTime(TimeOnly.MinValue), _date),
            DateTime time => new Cell(time, _columns[column].Type == ColumnType.Date ? _date : _moment),
            _ => new Cell(Convert.ToDouble(value, CultureInfo.InvariantCulture), _numbers[column]),
        };
    }
}
