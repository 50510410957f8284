using System.Text;

namespace Edu.Loading;

/// <summary>
/// Names we derive from a file's own name for our folders (archive, error reports, the inbox's folders): only
/// letters, digits and a few separators, and bounded in UTF-8 bytes, because a file system allows 255 bytes per
/// name and 120 Cyrillic letters are already 240 of them. The original name is kept in the load history, not here.
/// </summary>
public static class SafeFileName
{
    /// <summary>Room left for a stem beside our prefixes and suffixes (time stamps, hashes, «.ошибки.xlsx»).</summary>
    public const int MaxStemBytes = 120;

    /// <summary>The name without its extension, unsafe characters as «_», cut to <paramref name="maxBytes"/> bytes.</summary>
    public static string Stem(string fileName, int maxBytes = MaxStemBytes)
    {
        var stem = new string(Path.GetFileNameWithoutExtension(LastSegment(fileName))
            .Select(ch => char.IsLetterOrDigit(ch) || ch is ' ' or '-' or '_' ? ch : '_').ToArray()).Trim();
        return stem.Length == 0 ? "file" : Bound(stem, maxBytes).TrimEnd();
    }

    /// <summary>The extension («.xlsx») when it is a short run of letters and digits; otherwise none.</summary>
    public static string Extension(string fileName)
    {
        var extension = Path.GetExtension(LastSegment(fileName));
        return extension.Length is > 1 and <= 8 && extension.Skip(1).All(char.IsAsciiLetterOrDigit) ? extension : "";
    }

    /// <summary>The longest prefix of <paramref name="text"/> within <paramref name="maxBytes"/> UTF-8 bytes, never splitting a character.</summary>
    public static string Bound(string text, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(text) <= maxBytes) return text;
        var bytes = 0;
        var end = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (bytes + rune.Utf8SequenceLength > maxBytes) break;
            bytes += rune.Utf8SequenceLength;
            end += rune.Utf16SequenceLength;
        }
        return text[..end];
    }

    private static string LastSegment(string name) => name.Replace('\\', '/').Split('/')[^1];
}
