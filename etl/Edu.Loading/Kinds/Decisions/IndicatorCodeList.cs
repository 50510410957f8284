using System.Text.RegularExpressions;
using Edu.Loading.Parsing;

namespace Edu.Loading.Kinds.Decisions;

/// <summary>«Показатели» of a decision item: indicator codes separated by commas (semicolons, spaces and line breaks too).</summary>
public static partial class IndicatorCodeList
{
    public static ParseResult<string[]> Parse(string? text)
    {
        if (text is null) return Array.Empty<string>();
        var codes = new List<string>();
        foreach (var part in text.Split([',', ';', '\n', '\r', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var code = part.Trim().ToUpperInvariant();
            if (!CodeRegex().IsMatch(code))
                return ParseResult<string[]>.Invalid($"«{CellParser.Shorten(part.Trim())}» не похоже на код показателя; ожидались коды латиницей через запятую, например DOP_5_18, SPO_MONITORING");
            if (!codes.Contains(code)) codes.Add(code);
        }
        return codes.ToArray();
    }

    [GeneratedRegex("^[A-Z][A-Z0-9_]*$")]
    private static partial Regex CodeRegex();
}
