using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Edu.Loading;

/// <summary>
/// Remembers the keys a file has used so far, to report duplicates. Keeping the keys themselves
/// would hold every row's strings until the file ends (~20 MB for a 200,000-row ВПР file, and
/// as much again while the set grows); 64 bits of a key's SHA-256 take 16 bytes a key. Two of
/// 200,000 different keys share a digest with odds of about 1 in 10^9, and a crafted collision
/// would only reject the crafter's own file as having a duplicate.
/// </summary>
internal sealed class KeyDigestSet
{
    private readonly HashSet<ulong> _digests = [];

    public int Count => _digests.Count;

    /// <summary>Adds the key made of these parts; false when the same key was added before.</summary>
    public bool Add(ReadOnlySpan<long> numbers, ReadOnlySpan<string?> texts)
    {
        var length = numbers.Length * sizeof(long);
        foreach (var text in texts) length += sizeof(int) + (text?.Length ?? 0) * sizeof(char);

        byte[]? rented = null;
        var buffer = length <= 512 ? stackalloc byte[512] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var at = 0;
            foreach (var n in numbers)
            {
                BinaryPrimitives.WriteInt64LittleEndian(buffer[at..], n);
                at += sizeof(long);
            }
            // Length-prefixed so that ("ab", "c") and ("a", "bc") differ, and null differs from "".
            foreach (var text in texts)
            {
                BinaryPrimitives.WriteInt32LittleEndian(buffer[at..], text?.Length ?? -1);
                at += sizeof(int);
                if (text is null) continue;
                MemoryMarshal.AsBytes(text.AsSpan()).CopyTo(buffer[at..]);
                at += text.Length * sizeof(char);
            }
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer[..at], hash);
            return _digests.Add(BinaryPrimitives.ReadUInt64LittleEndian(hash));
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
