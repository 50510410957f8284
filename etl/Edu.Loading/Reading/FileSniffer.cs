using System.IO.Compression;
using System.Text;

namespace Edu.Loading.Reading;

/// <summary>
/// Looks at the bytes, not the name, to tell .xlsx, .xls and .csv apart, and refuses what cannot
/// be read safely before any parser touches it: empty files, encrypted packages, zip bombs (by the
/// sizes a package declares, then by the bytes its parts actually inflate to).
/// </summary>
internal static class FileSniffer
{
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static SpreadsheetFormat Inspect(string path, ReaderLimits limits)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new UnreadableFileException("файл не найден");
        if (info.Length == 0) throw new UnreadableFileException("файл пуст (0 байт)");
        if (info.Length > limits.MaxFileBytes)
            throw new UnreadableFileException($"файл слишком большой: {info.Length / 1024 / 1024} МБ при пределе {limits.MaxFileBytes / 1024 / 1024} МБ");

        var head = new byte[8];
        int read;
        using (var fs = File.OpenRead(path)) read = fs.Read(head, 0, head.Length);

        if (read >= 4 && head.AsSpan(0, 4).SequenceEqual(ZipMagic))
        {
            CheckPackage(path, limits);
            return SpreadsheetFormat.Xlsx;
        }
        if (read == 8 && head.AsSpan().SequenceEqual(OleMagic))
        {
            if (ContainsUtf16(path, "EncryptedPackage"))
                throw new UnreadableFileException("файл защищён паролем: снимите пароль в Excel (Файл → Сведения → Защита книги) и загрузите снова");
            return SpreadsheetFormat.Xls;
        }
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".xlsx" or ".xlsm" or ".xls")
            throw new UnreadableFileException("файл повреждён или не является книгой Excel: его содержимое не похоже на формат " + extension);
        var sample = Sample(path);
        // A byte order mark names the encoding, and the CSV reader decodes UTF-16 and UTF-32 by it.
        if (HasUnicodeMark(sample)) return SpreadsheetFormat.Csv;
        if (LooksUtf16(sample))
            throw new UnreadableFileException("файл CSV в кодировке UTF-16 без метки порядка байтов: сохраните его как «CSV UTF-8 (разделитель — запятая)» или «CSV (разделитель — точка с запятой)»");
        if (LooksBinary(sample))
            throw new UnreadableFileException("файл не является таблицей: ожидался .xlsx, .xls или .csv");
        return SpreadsheetFormat.Csv;
    }

    private static void CheckPackage(string path, ReaderLimits limits)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            long total = 0;
            var isWorkbook = false;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (entry.FullName.Equals("xl/workbook.xml", StringComparison.OrdinalIgnoreCase)) isWorkbook = true;
                var ratio = entry.CompressedLength == 0 ? (entry.Length == 0 ? 0 : double.PositiveInfinity) : (double)entry.Length / entry.CompressedLength;
                if (entry.Length > 1024 * 1024 && ratio > limits.MaxCompressionRatio)
                    throw new UnreadableFileException($"файл отклонён как подозрительный архив (zip-бомба): часть «{entry.FullName}» сжата в {ratio:0} раз при допустимых {limits.MaxCompressionRatio:0}");
            }
            if (total > limits.MaxUncompressedBytes)
                throw new UnreadableFileException($"файл отклонён как подозрительный архив (zip-бомба): после распаковки {total / 1024 / 1024} МБ при пределе {limits.MaxUncompressedBytes / 1024 / 1024} МБ");
            if (!isWorkbook)
                throw new UnreadableFileException("файл не является книгой Excel: в архиве нет книги (xl/workbook.xml)");
            if (limits.CountInflatedBytes) PackageInflation.Verify(path);
        }
        catch (InvalidDataException e)
        {
            throw new UnreadableFileException("файл повреждён: архив .xlsx не читается (возможно, файл скачан не полностью)", e);
        }
    }

    /// <summary>Searches the file in chunks (the directory of an .xls may sit anywhere), so a large file is never held whole.</summary>
    private static bool ContainsUtf16(string path, string marker)
    {
        var needle = Encoding.Unicode.GetBytes(marker);
        var buffer = new byte[64 * 1024];
        using var fs = File.OpenRead(path);
        var kept = 0;
        int n;
        while ((n = fs.Read(buffer, kept, buffer.Length - kept)) > 0)
        {
            var filled = kept + n;
            if (buffer.AsSpan(0, filled).IndexOf(needle) >= 0) return true;
            // The tail that could start a match across the chunk boundary moves to the front.
            kept = Math.Min(needle.Length - 1, filled);
            buffer.AsSpan(filled - kept, kept).CopyTo(buffer);
        }
        return false;
    }

    private static byte[] Sample(string path)
    {
        using var fs = File.OpenRead(path);
        var buffer = new byte[4096];
        var n = fs.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return buffer[..n];
    }

    private static bool HasUnicodeMark(byte[] b) =>
        (b.Length >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF)))
        || (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF);

    /// <summary>
    /// UTF-16 without a mark: text whose every other byte is the high byte of Latin (0x00) or Cyrillic (0x04) letters,
    /// while the bytes between are not.
    /// </summary>
    private static bool LooksUtf16(byte[] b)
    {
        if (b.Length < 8) return false;
        int even = 0, odd = 0;
        for (var i = 0; i + 1 < b.Length; i += 2)
        {
            if (b[i] is 0x00 or 0x04) even++;
            if (b[i + 1] is 0x00 or 0x04) odd++;
        }
        var pairs = b.Length / 2;
        return (odd > pairs * 0.7 && even < pairs * 0.1) || (even > pairs * 0.7 && odd < pairs * 0.1);
    }

    /// <summary>
    /// Binary is what has many control bytes (random data: about one in ten). A text file with a stray NUL is still
    /// read, and the cell holding it is reported at its place.
    /// </summary>
    private static bool LooksBinary(byte[] b)
    {
        var control = b.Count(x => x < 0x09 || (x > 0x0D && x < 0x20));
        return control * 50 > b.Length;
    }
}
