using System.Buffers.Binary;
using System.Text;

namespace Edu.Loading.Reading;

/// <summary>
/// Reads a zip package's central directory and finds where each part's compressed bytes begin.
/// System.IO.Compression knows both but exposes neither, and it stops inflating a part at the size
/// the directory declares, so a lying size can only be caught by inflating the raw bytes ourselves.
/// Malformed structures throw InvalidDataException, as System.IO.Compression does.
/// </summary>
internal static class ZipDirectory
{
    private const uint EndOfDirectory = 0x06054b50;
    private const uint Zip64EndLocator = 0x07064b50;
    private const uint Zip64EndOfDirectory = 0x06064b50;
    private const uint DirectoryEntry = 0x02014b50;
    private const uint LocalHeader = 0x04034b50;
    private const ushort Zip64ExtraField = 0x0001;

    public static IReadOnlyList<ZipEntryRecord> Read(Stream zip)
    {
        var (count, offset, size) = FindDirectory(zip);
        if (size > int.MaxValue || offset + size > zip.Length) throw new InvalidDataException("central directory out of range");
        var directory = ReadAt(zip, offset, (int)size);
        var entries = new List<ZipEntryRecord>();
        var at = 0;
        for (long i = 0; i < count; i++)
        {
            var record = directory.AsSpan(at);
            if (record.Length < 46 || BinaryPrimitives.ReadUInt32LittleEndian(record) != DirectoryEntry) throw new InvalidDataException("bad central directory entry");
            int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(record[28..]), extraLength = BinaryPrimitives.ReadUInt16LittleEndian(record[30..]);
            int commentLength = BinaryPrimitives.ReadUInt16LittleEndian(record[32..]);
            if (record.Length < 46 + nameLength + extraLength + commentLength) throw new InvalidDataException("truncated central directory entry");
            long compressed = BinaryPrimitives.ReadUInt32LittleEndian(record[20..]), declared = BinaryPrimitives.ReadUInt32LittleEndian(record[24..]);
            long localOffset = BinaryPrimitives.ReadUInt32LittleEndian(record[42..]);
            ReadZip64Sizes(record.Slice(46 + nameLength, extraLength), ref declared, ref compressed, ref localOffset);
            // Names in packages are ASCII paths; UTF-8 reads them and any flagged UTF-8 name alike.
            var name = Encoding.UTF8.GetString(record.Slice(46, nameLength));
            entries.Add(new ZipEntryRecord(name, BinaryPrimitives.ReadUInt16LittleEndian(record[10..]), compressed, declared, localOffset));
            at += 46 + nameLength + extraLength + commentLength;
        }
        return entries;
    }

    /// <summary>Position of the part's first compressed byte, after its local header.</summary>
    public static long DataOffset(Stream zip, ZipEntryRecord entry)
    {
        var header = ReadAt(zip, entry.LocalHeaderOffset, 30);
        if (BinaryPrimitives.ReadUInt32LittleEndian(header) != LocalHeader) throw new InvalidDataException("bad local header");
        var start = entry.LocalHeaderOffset + 30 + BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(26)) + BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(28));
        if (start + entry.CompressedSize > zip.Length) throw new InvalidDataException("entry data out of range");
        return start;
    }

    private static (long Count, long Offset, long Size) FindDirectory(Stream zip)
    {
        // The end record is 22 bytes plus a comment of at most 65,535, so it lies within the last 65,557.
        var tailLength = (int)Math.Min(zip.Length, 22 + ushort.MaxValue);
        var tailStart = zip.Length - tailLength;
        var tail = ReadAt(zip, tailStart, tailLength);
        for (var i = tailLength - 22; i >= 0; i--)
        {
            var end = tail.AsSpan(i);
            if (BinaryPrimitives.ReadUInt32LittleEndian(end) != EndOfDirectory) continue;
            long count = BinaryPrimitives.ReadUInt16LittleEndian(end[10..]);
            long size = BinaryPrimitives.ReadUInt32LittleEndian(end[12..]), offset = BinaryPrimitives.ReadUInt32LittleEndian(end[16..]);
            if (count != ushort.MaxValue && size != uint.MaxValue && offset != uint.MaxValue) return (count, offset, size);
            if (i < 20 || BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i - 20)) != Zip64EndLocator) throw new InvalidDataException("zip64 locator missing");
            var zip64 = ReadAt(zip, (long)BinaryPrimitives.ReadUInt64LittleEndian(tail.AsSpan(i - 20 + 8)), 56);
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip64) != Zip64EndOfDirectory) throw new InvalidDataException("bad zip64 end record");
            return ((long)BinaryPrimitives.ReadUInt64LittleEndian(zip64.AsSpan(32)), (long)BinaryPrimitives.ReadUInt64LittleEndian(zip64.AsSpan(48)),
                (long)BinaryPrimitives.ReadUInt64LittleEndian(zip64.AsSpan(40)));
        }
        throw new InvalidDataException("end of central directory not found");
    }

    // A field that does not fit 32 bits holds 0xFFFFFFFF and the real value sits in the zip64 extra field, in this order.
    private static void ReadZip64Sizes(ReadOnlySpan<byte> extra, ref long declared, ref long compressed, ref long localOffset)
    {
        while (extra.Length >= 4)
        {
            var id = BinaryPrimitives.ReadUInt16LittleEndian(extra);
            var length = BinaryPrimitives.ReadUInt16LittleEndian(extra[2..]);
            if (extra.Length < 4 + length) throw new InvalidDataException("truncated extra field");
            var field = extra.Slice(4, length);
            if (id == Zip64ExtraField)
            {
                if (declared == uint.MaxValue) declared = Next(ref field);
                if (compressed == uint.MaxValue) compressed = Next(ref field);
                if (localOffset == uint.MaxValue) localOffset = Next(ref field);
                return;
            }
            extra = extra[(4 + length)..];
        }
    }

    private static long Next(ref ReadOnlySpan<byte> field)
    {
        if (field.Length < 8) throw new InvalidDataException("truncated zip64 field");
        var value = BinaryPrimitives.ReadInt64LittleEndian(field);
        if (value < 0) throw new InvalidDataException("zip64 value out of range");
        field = field[8..];
        return value;
    }

    private static byte[] ReadAt(Stream zip, long offset, int length)
    {
        if (offset < 0 || offset + length > zip.Length) throw new InvalidDataException("read out of range");
        var buffer = new byte[length];
        zip.Position = offset;
        zip.ReadExactly(buffer);
        return buffer;
    }
}
