using System.Text.RegularExpressions;

namespace Edu.Spreadsheets;

/// <summary>
/// The rows and columns a sheet repeats on every printed page, as a workbook must state them for LibreOffice to honour
/// them: ClosedXML 0.95.4 writes «Объективность!A:D,Объективность!5:5», which Excel accepts and LibreOffice ignores; the
/// form both read is «'Объективность'!$A:$D,'Объективность'!$5:$5».
/// </summary>
public static partial class PrintTitles
{
    public static string Absolute(string titles) =>
        string.Join(',', Reference().Matches(titles).Select(m =>
        {
            var sheet = m.Groups["sheet"].Value;
            var quoted = sheet.StartsWith('\'') ? sheet : $"'{sheet.Replace("'", "''", StringComparison.Ordinal)}'";
            return $"{quoted}!{Dollar(m.Groups["from"].Value)}:{Dollar(m.Groups["to"].Value)}";
        }));

    private static string Dollar(string end) => end.StartsWith('$') ? end : "$" + end;

    // A sheet (quoted, where a quote inside is doubled, or bare), «!», and a range of whole rows or columns.
    [GeneratedRegex(@"(?<sheet>'(?:[^']|'')*'|[^!,']+)!(?<from>\$?\w+):(?<to>\$?\w+)")]
    private static partial Regex Reference();
}
