using System.IO.Compression;

namespace Edu.Loading.Reading;

/// <summary>
/// Inflates every part of an .xlsx package once, counting the bytes that actually come out, and
/// refuses a part that yields more than its declared size. The size checks before this trust the
/// declared sizes; a crafted package could declare a few bytes and inflate to gigabytes. (Readers
/// built on System.IO.Compression stop at the declared size, so such a sheet would otherwise
/// surface as a puzzling «повреждён» or as silently cut-off rows.) Inflating costs ~0.1 s per
/// 150 MB of sheet XML and no memory beyond one buffer.
/// </summary>
internal static class PackageInflation
{
    public static void Verify(string path)
    {
        using var zip = File.OpenRead(path);
        var buffer = new byte[81920];
        foreach (var entry in ZipDirectory.Read(zip))
        {
            var start = ZipDirectory.DataOffset(zip, entry);
            var actual = entry.Method switch
            {
                ZipEntryRecord.Stored => entry.CompressedSize,
                ZipEntryRecord.Deflated => Inflate(new SliceStream(zip, start, entry.CompressedSize), entry.DeclaredSize, buffer),
                _ => throw new UnreadableFileException(
                    $"файл не читается: часть «{entry.Name}» сжата неподдерживаемым способом (метод {entry.Method}); пересохраните файл в Excel как .xlsx"),
            };
            if (actual > entry.DeclaredSize)
            {
                throw new UnreadableFileException(
                    $"файл отклонён как подозрительный архив (zip-бомба): часть «{entry.Name}» распаковывается в больший объём, чем указано в архиве ({entry.DeclaredSize} байт)");
            }
        }
    }

    // Stops one buffer past the declared size: that already proves the lie, and the rest may be gigabytes.
    private static long Inflate(Stream compressed, long declared, byte[] buffer)
    {
        using var inflater = new DeflateStream(compressed, CompressionMode.Decompress);
        long total = 0;
        int read;
        while ((read = inflater.Read(buffer)) > 0)
        {
            total += read;
            if (total > declared) break;
        }
        return total;
    }
}
