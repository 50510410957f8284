using System.Globalization;
using System.Xml;
using Edu.Loading.Headers;

namespace Edu.Loading.Reading.Xlsx;

/// <summary>
/// Streams one sheet's &lt;sheetData&gt;: each &lt;row&gt; becomes a <see cref="SheetRow"/> as long as its last cell with a
/// value, rows the XML skips come as blank rows (cheap, shared arrays), and a fault is reported at the sheet and row
/// where it happened. Values are converted as Excel shows them: shared and inline strings, numbers, booleans,
/// numbers in a date format as dates, error cells as empty.
/// </summary>
internal sealed class XlsxSheetRows(XmlReader xml, string sheet, SheetContext context)
{
    private readonly List<(int Column, object Value, string? Format)> _cells = [];
    private int _lastRow;

    public IEnumerable<SheetRow> Read()
    {
        using var rows = ReadRows().GetEnumerator();
        while (true)
        {
            SheetRow row;
            try
            {
                if (!rows.MoveNext()) yield break;
                row = rows.Current;
            }
            catch (Exception e) when (e is XmlException or InvalidDataException)
            {
                throw new UnreadableFileException(
                    $"данные листа повреждены или обрезаны{XlsxWorkbook.Describe(e)}: файл испорчен или сохранён не полностью; откройте его в Excel и сохраните заново", e)
                { Sheet = sheet, Row = _lastRow + 1 };
            }
            yield return row;
        }
    }

    private IEnumerable<SheetRow> ReadRows()
    {
        xml.MoveToContent();
        // Chart and dialog sheets hold no cells.
        if (xml.LocalName != "worksheet") yield break;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheetData") break;
        }
        if (xml.EOF || xml.IsEmptyElement) yield break;

        var depth = xml.Depth;
        Advance();
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                Advance();
                continue;
            }
            if (xml.LocalName != "row")
            {
                xml.Skip();
                continue;
            }
            var number = RowNumber();
            while (_lastRow + 1 < number) yield return SheetRow.Blank(++_lastRow);
            var row = ReadRow(number);
            _lastRow = number;
            yield return row;
            // Past the row's end only now: a fault in what follows belongs to the next row.
            Advance();
        }
    }

    private int RowNumber()
    {
        var text = xml.GetAttribute("r");
        if (text is null) return _lastRow + 1;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > CellReference.MaxRows)
            throw Fault($"номер строки «{Shorten(text)}» не распознан или выходит за пределы листа Excel (1…{CellReference.MaxRows:N0})", _lastRow + 1);
        if (number <= _lastRow)
            throw Fault($"строки листа записаны не по порядку: строка {number} после строки {_lastRow}; откройте файл в Excel и сохраните его заново", number);
        return number;
    }

    private SheetRow ReadRow(int number)
    {
        _cells.Clear();
        var next = 0;
        XlsxXml.Children(xml, child =>
        {
            if (child.LocalName != "c") return false;
            next = ReadCell(number, next) + 1;
            return true;
        }, stayOnEnd: true);
        if (_cells.Count == 0) return SheetRow.Blank(number);
        var width = _cells.Max(c => c.Column) + 1;
        var values = new object?[width];
        var formats = new string?[width];
        foreach (var (column, value, format) in _cells)
        {
            values[column] = value;
            formats[column] = format;
        }
        return new SheetRow(number, values, formats);
    }

    /// <summary>Reads one &lt;c&gt; (consuming it) and returns its column.</summary>
    private int ReadCell(int number, int next)
    {
        var reference = xml.GetAttribute("r");
        int column;
        if (reference is null) column = next;
        else if (!CellReference.TryParse(reference, out column, out _))
            throw Fault($"ссылка на ячейку «{Shorten(reference)}» не распознана или выходит за пределы листа Excel", number);
        if (column >= CellReference.MaxColumns) throw Fault($"ячеек в строке больше, чем столбцов в листе Excel ({CellReference.MaxColumns:N0})", number);

        var type = xml.GetAttribute("t");
        var style = int.TryParse(xml.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        string? raw = null;
        XlsxXml.Children(xml, child =>
        {
            switch (child.LocalName)
            {
                case "v":
                    raw = child.ReadElementContentAsString();
                    return true;
                case "is":
                    raw = XlsxXml.RichText(child);
                    return true;
                default:
                    return false;
            }
        });
        if (string.IsNullOrEmpty(raw)) return column;

        var format = context.Styles.Of(style);
        var value = Convert(raw, type, format, number, column);
        if (value is not null) _cells.Add((column, value, value is double ? format.Code : null));
        return column;
    }

    private object? Convert(string raw, string? type, CellFormat format, int number, int column)
    {
        switch (type)
        {
            case "s":
                if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < context.Strings.Count)
                    return context.Strings[index];
                throw Fault($"ячейка ссылается на строку № {Shorten(raw)} таблицы строк книги, а в ней {context.Strings.Count:N0}: файл повреждён; откройте его в Excel и сохраните заново",
                    number, HeaderLayout.ColumnLetter(column));
            case "inlineStr":
                return raw;
            case "str":
                return XlsxXml.Unescape(raw);
            case "b":
                return raw is "1" or "true";
            case "e":
                return null;
            case "d":
                return DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date) ? date : raw;
        }
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number1)) return raw;
        if (format.IsDate && OaDate(number1) is { } when) return when;
        return number1;
    }

    // Serial day numbers from 1900 (or from 1904 in old Mac workbooks); outside DateTime's range the number stays a number.
    private DateTime? OaDate(double serial)
    {
        var days = context.Date1904 ? serial + 1462 : serial;
        return days is > -657435 and < 2958466 ? DateTime.FromOADate(days) : null;
    }

    private UnreadableFileException Fault(string message, int row, string? column = null) =>
        new(message) { Sheet = sheet, Row = row, Column = column };

    private void Advance() => XlsxXml.Advance(xml);

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
