using System.Globalization;
using System.Text;
using System.Xml;

namespace Edu.Loading.Reading.Xlsx;

/// <summary>
/// How package XML is read: no DTDs (no XXE, no «billion laughs»), no external resources, elements matched by local
/// name so that Strict Open XML (other namespace URIs, same names) reads like the usual Transitional files.
/// </summary>
internal static class XlsxXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        CloseInput = true,
    };

    public static XmlReader Create(Stream stream) => XmlReader.Create(stream, Settings);

    /// <summary>
    /// Visits every element of the document in order. The visitor either consumes the element (Skip, Children,
    /// ReadElementContentAsString) and returns true, or returns false to have the walk go on into it.
    /// </summary>
    public static void Walk(XmlReader xml, Func<XmlReader, bool> visit)
    {
        xml.MoveToContent();
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element && visit(xml)) continue;
            xml.Read();
        }
    }

    /// <summary>
    /// Visits the child elements of the element the reader is on, leaving the reader after its end (or, with
    /// <paramref name="stayOnEnd"/>, on its end, for a caller that wants a fault in what follows told apart). The
    /// visitor either consumes the child (Skip, ReadElementContentAsString) and returns true, or returns false to have it skipped.
    /// </summary>
    public static void Children(XmlReader xml, Func<XmlReader, bool> visit, bool stayOnEnd = false)
    {
        if (xml.IsEmptyElement)
        {
            if (!stayOnEnd) xml.Read();
            return;
        }
        var depth = xml.Depth;
        Advance(xml);
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                if (!visit(xml)) xml.Skip();
                continue;
            }
            Advance(xml);
        }
        if (!stayOnEnd) xml.Read();
    }

    /// <summary>The text of a string item (&lt;si&gt;, &lt;is&gt;): its &lt;t&gt; runs, without phonetic hints (&lt;rPh&gt;).</summary>
    public static string RichText(XmlReader xml)
    {
        var text = new StringBuilder();
        RichText(xml, text);
        return Unescape(text.ToString());
    }

    private static void RichText(XmlReader xml, StringBuilder text) => Children(xml, child =>
    {
        switch (child.LocalName)
        {
            case "t":
                text.Append(child.ReadElementContentAsString());
                return true;
            case "r":
                RichText(child, text);
                return true;
            default:
                return false;
        }
    });

    /// <summary>Excel writes characters XML cannot hold as «_x000D_»; «_x005F_» escapes a literal underscore.</summary>
    public static string Unescape(string text)
    {
        var at = text.IndexOf("_x", StringComparison.Ordinal);
        if (at < 0) return text;
        var result = new StringBuilder(text.Length);
        var i = 0;
        while (at >= 0)
        {
            result.Append(text, i, at - i);
            if (at + 7 <= text.Length && text[at + 6] == '_'
                && int.TryParse(text.AsSpan(at + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                result.Append((char)code);
                i = at + 7;
            }
            else
            {
                result.Append("_x");
                i = at + 2;
            }
            at = text.IndexOf("_x", i, StringComparison.Ordinal);
        }
        result.Append(text, i, text.Length - i);
        return result.ToString();
    }

    // A document that ends inside an element is cut off; XmlReader says so itself, this guards the loop.
    public static void Advance(XmlReader xml)
    {
        if (!xml.Read()) throw new XmlException("Unexpected end of file.");
    }
}
