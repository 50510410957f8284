using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Edu.Loading.Reading.Xlsx;

/// <summary>
/// The workbook's shared strings (xl/sharedStrings.xml), which cells of type «s» point at by index. They are held
/// in memory for the whole read, so their size counts against the file's memory bound before any row is read.
/// </summary>
internal static class SharedStrings
{
    // A string object's own overhead on a 64-bit runtime, besides two bytes per character.
    private const long StringOverhead = 32;

    public static IReadOnlyList<string> Read(ZipArchiveEntry entry, ReaderLimits limits)
    {
        var strings = new List<string>();
        long bytes = 0;
        try
        {
            using var stream = entry.Open();
            using var xml = XlsxXml.Create(stream);
            XlsxXml.Walk(xml, element =>
            {
                if (element.LocalName != "si") return false;
                var text = XlsxXml.RichText(element);
                bytes += StringOverhead + (2L * text.Length);
                if (bytes > limits.MaxMemoryBytes) throw TooLarge(bytes, limits);
                strings.Add(text);
                return true;
            });
        }
        catch (Exception e) when (e is XmlException or InvalidDataException)
        {
            throw new UnreadableFileException(
                $"файл повреждён: таблица общих строк книги не читается{XlsxWorkbook.Describe(e)}; откройте файл в Excel и сохраните его заново", e);
        }
        return strings;
    }

    private static UnreadableFileException TooLarge(long bytes, ReaderLimits limits) => new(string.Create(CultureInfo.GetCultureInfo("ru-RU"),
        $"файл требует слишком много памяти: таблица строк книги занимает больше {bytes / 1048576:N0} МБ при пределе {limits.MaxMemoryBytes / 1048576:N0} МБ на файл (настройка Loader:MaxMemoryMegabytes); разделите файл на части"));
}
