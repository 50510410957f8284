using System.Text.Encodings.Web;

namespace Edu.Dashboard.Setup;

/// <summary>
/// The pages' HTML encoder, dropping the Unicode controls that reorder text (U+202A–U+202E embeddings and
/// overrides, U+2066–U+2069 isolates). Names come from loaded files; a right-to-left override in one would make a
/// page show other text than the file holds («sch47‮0100» reading backwards). Escaping would not help — the
/// browser applies &amp;#x202E; just the same — so they are removed; everything else is encoded as before.
/// </summary>
internal sealed class BidiSafeHtmlEncoder(HtmlEncoder inner) : HtmlEncoder
{
    public static HtmlEncoder For(TextEncoderSettings settings) => new BidiSafeHtmlEncoder(Create(settings));

    public override int MaxOutputCharactersPerInputCharacter => inner.MaxOutputCharactersPerInputCharacter;

    public static bool IsDirectionControl(int scalar) => scalar is (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069);

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        var encoded = inner.FindFirstCharacterToEncode(text, textLength);
        var span = new ReadOnlySpan<char>(text, encoded < 0 ? textLength : encoded);
        for (var i = 0; i < span.Length; i++)
        {
            if (IsDirectionControl(span[i])) return i;
        }
        return encoded;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        if (IsDirectionControl(unicodeScalar))
        {
            numberOfCharactersWritten = 0;
            return true;
        }
        return inner.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);
    }

    public override bool WillEncode(int unicodeScalar) => IsDirectionControl(unicodeScalar) || inner.WillEncode(unicodeScalar);
}
