using System.IO.Compression;
using System.Xml;

namespace Edu.Loading.Reading.Xlsx;

/// <summary>One sheet of the workbook: its name and the package part that holds its cells.</summary>
internal sealed record XlsxSheet(string Name, string Part);

/// <summary>
/// An .xlsx package read our own way, so that the work a file causes follows the cells it really holds: rows come as
/// the sheet XML lists them, sized to their last cell with a value, and nothing is sized from the declared
/// &lt;dimension&gt; or from one far-away cell (a valid six-row sheet plus a cell at XFD1048576 costs seven rows,
/// not 1,048,576 × 16,384). Structural faults name their sheet (and row), and Strict Open XML reads like the usual
/// Transitional files. The package's sizes were checked before (<see cref="FileSniffer"/>, <see cref="PackageInflation"/>).
/// </summary>
internal sealed class XlsxWorkbook : IDisposable
{
    private const string WorkbookPart = "xl/workbook.xml";

    private static readonly string[] MainNamespaces =
    [
        "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
        "http://purl.oclc.org/ooxml/spreadsheetml/main",
    ];

    private readonly FileStream _file;
    private readonly ZipArchive _zip;
    private readonly SheetContext _context;
    private readonly long _sheetBytes;
    private long _doneBytes;
    private CountingStream? _current;

    private XlsxWorkbook(FileStream file, ZipArchive zip, IReadOnlyList<XlsxSheet> sheets, SheetContext context)
    {
        _file = file;
        _zip = zip;
        Sheets = sheets;
        _context = context;
        _sheetBytes = sheets.Sum(s => zip.GetEntry(s.Part)?.Length ?? 0);
    }

    public IReadOnlyList<XlsxSheet> Sheets { get; }

    /// <summary>Share of the sheets' XML read so far (0…1).</summary>
    public double Position => _sheetBytes == 0 ? 1 : Math.Min(1, (double)(_doneBytes + (_current?.Consumed ?? 0)) / _sheetBytes);

    public static XlsxWorkbook Open(string path, ReaderLimits limits)
    {
        var file = File.OpenRead(path);
        try
        {
            var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            var (sheets, date1904) = ReadWorkbook(zip);
            var relations = ReadRelations(zip, WorkbookPart);
            var parts = sheets.Select(s => new XlsxSheet(s.Name, SheetPart(zip, s, relations))).ToList();
            var strings = relations.Values.FirstOrDefault(r => r.Type.EndsWith("/sharedStrings", StringComparison.Ordinal)) is { } sst
                && zip.GetEntry(sst.Target) is { } sstEntry
                ? SharedStrings.Read(sstEntry, limits)
                : [];
            var styles = relations.Values.FirstOrDefault(r => r.Type.EndsWith("/styles", StringComparison.Ordinal)) is { } st
                && zip.GetEntry(st.Target) is { } stylesEntry
                ? ReadPart(stylesEntry, XlsxStyles.Read)
                : XlsxStyles.None;
            return new XlsxWorkbook(file, zip, parts, new SheetContext(strings, styles, date1904));
        }
        catch (Exception e) when (e is not UnreadableFileException)
        {
            file.Dispose();
            throw e is XmlException or InvalidDataException
                ? new UnreadableFileException($"файл повреждён: описание книги не читается{Describe(e)}; откройте файл в Excel и сохраните его заново", e)
                : e;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The rows of a sheet as the file holds them; the enumeration must finish before the next sheet is read. A read
    /// that is not the main pass (a look at the first rows) leaves <see cref="Position"/> alone.
    /// </summary>
    public IEnumerable<SheetRow> Rows(XlsxSheet sheet, bool countProgress = true)
    {
        var entry = _zip.GetEntry(sheet.Part)!;
        var stream = new CountingStream(entry.Open());
        if (countProgress) _current = stream;
        try
        {
            using var xml = XlsxXml.Create(stream);
            var rows = new XlsxSheetRows(xml, sheet.Name, _context);
            foreach (var row in rows.Read()) yield return row;
        }
        finally
        {
            if (countProgress)
            {
                _doneBytes += entry.Length;
                _current = null;
            }
            stream.Dispose();
        }
    }

    public void Dispose()
    {
        _zip.Dispose();
        _file.Dispose();
    }

    /// <summary>
    /// « (why)» after «повреждены» when the why helps the analyst; an XML line and position would not (sheets are
    /// often one line of XML, and the message already names the sheet and row).
    /// </summary>
    internal static string Describe(Exception e) => e switch
    {
        // XmlReader refuses DTDs (no entity expansion, no external entities); say so rather than «broken».
        XmlException x when x.Message.Contains("DTD", StringComparison.Ordinal) => " (XML содержит объявление DTD, которое в книгах Excel недопустимо)",
        XmlException => "",
        _ => " (данные части архива испорчены)",
    };

    private static (List<(string Name, string RelationId)> Sheets, bool Date1904) ReadWorkbook(ZipArchive zip)
    {
        var entry = zip.GetEntry(WorkbookPart) ?? throw new UnreadableFileException("файл не является книгой Excel: в архиве нет книги (xl/workbook.xml)");
        var sheets = new List<(string, string)>();
        var date1904 = false;
        ReadPart(entry, stream =>
        {
            using var xml = XlsxXml.Create(stream);
            xml.MoveToContent();
            if (xml.LocalName != "workbook" || !MainNamespaces.Contains(xml.NamespaceURI))
                throw new UnreadableFileException($"файл не является книгой Excel: описание книги в неизвестном формате («{xml.NamespaceURI}»)");
            XlsxXml.Walk(xml, element =>
            {
                switch (element.LocalName)
                {
                    case "workbookPr":
                        date1904 = element.GetAttribute("date1904") is "1" or "true";
                        return false;
                    case "sheet":
                        sheets.Add((element.GetAttribute("name") ?? $"Лист{sheets.Count + 1}", RelationId(element) ?? ""));
                        return false;
                    default:
                        return false;
                }
            });
            return 0;
        });
        return (sheets, date1904);
    }

    // r:id in Transitional, the same local name in Strict's relationships namespace.
    private static string? RelationId(XmlReader element)
    {
        for (var i = 0; i < element.AttributeCount; i++)
        {
            element.MoveToAttribute(i);
            if (element.LocalName == "id" && element.NamespaceURI.Contains("relationships", StringComparison.Ordinal))
            {
                var id = element.Value;
                element.MoveToElement();
                return id;
            }
        }
        element.MoveToElement();
        return null;
    }

    private static string SheetPart(ZipArchive zip, (string Name, string RelationId) sheet, IReadOnlyDictionary<string, Relation> relations)
    {
        if (relations.TryGetValue(sheet.RelationId, out var relation) && zip.GetEntry(relation.Target) is not null) return relation.Target;
        var part = relations.TryGetValue(sheet.RelationId, out var known) ? known.Target : $"(связь «{sheet.RelationId}»)";
        throw new UnreadableFileException(
            $"в файле нет данных этого листа (часть архива «{part}» отсутствует): файл повреждён; откройте его в Excel и сохраните заново")
        { Sheet = sheet.Name };
    }

    private sealed record Relation(string Type, string Target);

    private static Dictionary<string, Relation> ReadRelations(ZipArchive zip, string part)
    {
        var folder = part.Contains('/') ? part[..part.LastIndexOf('/')] : "";
        var relsPart = $"{folder}/_rels/{part[(part.LastIndexOf('/') + 1)..]}.rels".TrimStart('/');
        var relations = new Dictionary<string, Relation>(StringComparer.Ordinal);
        if (zip.GetEntry(relsPart) is not { } entry) return relations;
        ReadPart(entry, stream =>
        {
            using var xml = XlsxXml.Create(stream);
            XlsxXml.Walk(xml, element =>
            {
                if (element.LocalName == "Relationship" && element.GetAttribute("TargetMode") != "External"
                    && element.GetAttribute("Id") is { } id && element.GetAttribute("Target") is { } target)
                {
                    relations[id] = new Relation(element.GetAttribute("Type") ?? "", Resolve(folder, target));
                }
                return false;
            });
            return 0;
        });
        return relations;
    }

    /// <summary>A relationship target as a part name: absolute («/xl/…») or relative to the source part's folder, «..» resolved.</summary>
    private static string Resolve(string folder, string target)
    {
        var segments = new List<string>();
        var path = target.StartsWith('/') ? target[1..] : folder.Length == 0 ? target : $"{folder}/{target}";
        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (segments.Count > 0) segments.RemoveAt(segments.Count - 1);
                continue;
            }
            segments.Add(segment);
        }
        return string.Join('/', segments);
    }

    private static T ReadPart<T>(ZipArchiveEntry entry, Func<Stream, T> read)
    {
        try
        {
            using var stream = entry.Open();
            return read(stream);
        }
        catch (Exception e) when (e is XmlException or InvalidDataException)
        {
            throw new UnreadableFileException($"файл повреждён: часть «{entry.FullName}» не читается{Describe(e)}; откройте файл в Excel и сохраните его заново", e);
        }
    }
}

/// <summary>What every sheet's cells refer to: the shared strings, the styles' number formats and the date system.</summary>
internal sealed record SheetContext(IReadOnlyList<string> Strings, XlsxStyles Styles, bool Date1904);
