using System.Text;

namespace Edu.Reference;

/// <summary>
/// One normal form for header and name comparison: lower case, ё→е, punctuation as spaces,
/// single spaces, and «кол-во» spelled out, so spelling variants of one header compare equal.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (c == 'ё') c = 'е';
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0) sb.Append(' ');
                pendingSpace = false;
                sb.Append(c);
            }
            else
            {
                pendingSpace = true;
            }
        }
        return sb.ToString().Replace("кол во", "количество", StringComparison.Ordinal);
    }
}
