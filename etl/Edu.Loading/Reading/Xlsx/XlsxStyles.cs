using System.Globalization;

namespace Edu.Loading.Reading.Xlsx;

/// <summary>
/// The number format of each cell style (xl/styles.xml, &lt;cellXfs&gt;): the loader needs it to see percent formats
/// (0.453 shown as 45,3%) and dates (a number formatted as a date is a date).
/// </summary>
internal sealed class XlsxStyles
{
    // The formats Excel knows by id without writing them into the file (ECMA-376 part 1, 18.8.30).
    private static readonly Dictionary<int, string> BuiltIn = new()
    {
        [0] = "General", [1] = "0", [2] = "0.00", [3] = "#,##0", [4] = "#,##0.00", [9] = "0%", [10] = "0.00%",
        [11] = "0.00E+00", [12] = "# ?/?", [13] = "# ??/??", [14] = "mm-dd-yy", [15] = "d-mmm-yy", [16] = "d-mmm",
        [17] = "mmm-yy", [18] = "h:mm AM/PM", [19] = "h:mm:ss AM/PM", [20] = "h:mm", [21] = "h:mm:ss", [22] = "m/d/yy h:mm",
        [37] = "#,##0 ;(#,##0)", [38] = "#,##0 ;[Red](#,##0)", [39] = "#,##0.00;(#,##0.00)", [40] = "#,##0.00;[Red](#,##0.00)",
        [45] = "mm:ss", [46] = "[h]:mm:ss", [47] = "mmss.0", [48] = "##0.0E+0", [49] = "@",
    };

    private readonly List<CellFormat> _styles;

    private XlsxStyles(List<CellFormat> styles) => _styles = styles;

    public static XlsxStyles None { get; } = new([]);

    /// <summary>The format of style index <paramref name="style"/>; General when the file has no such style.</summary>
    public CellFormat Of(int style) => style >= 0 && style < _styles.Count ? _styles[style] : CellFormat.General;

    public static XlsxStyles Read(Stream stream)
    {
        var custom = new Dictionary<int, string>();
        var formatIds = new List<int>();
        using var xml = XlsxXml.Create(stream);
        XlsxXml.Walk(xml, element =>
        {
            switch (element.LocalName)
            {
                case "numFmts":
                    XlsxXml.Children(element, numFmt =>
                    {
                        if (numFmt.LocalName == "numFmt" && Id(numFmt.GetAttribute("numFmtId")) is { } id) custom[id] = numFmt.GetAttribute("formatCode") ?? "";
                        return false;
                    });
                    return true;
                case "cellXfs":
                    XlsxXml.Children(element, xf =>
                    {
                        if (xf.LocalName == "xf") formatIds.Add(Id(xf.GetAttribute("numFmtId")) ?? 0);
                        return false;
                    });
                    return true;
                case "dxfs" or "cellStyleXfs":
                    // Conditional-formatting formats and named styles are not what a cell's «s» points at.
                    element.Skip();
                    return true;
                default:
                    return false;
            }
        });
        var formats = new Dictionary<int, CellFormat>();
        return new XlsxStyles(formatIds.Select(id =>
        {
            if (!formats.TryGetValue(id, out var format))
            {
                var code = custom.GetValueOrDefault(id) ?? BuiltIn.GetValueOrDefault(id) ?? "General";
                format = new CellFormat(code, IsBuiltInDate(id) || (!BuiltIn.ContainsKey(id) && IsDateCode(code)));
                formats[id] = format;
            }
            return format;
        }).ToList());
    }

    private static int? Id(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) && id >= 0 ? id : null;

    // 14–22 and 45–47 are dates and times; 27–36 and 50–58 are the East Asian date formats.
    private static bool IsBuiltInDate(int id) => id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58);

    /// <summary>
    /// A custom code is a date when, outside quoted text, escapes and bracketed sections (colours, conditions,
    /// locales), it has a day, month, year, hour or second placeholder. Elapsed time («[h]:mm») counts too.
    /// </summary>
    internal static bool IsDateCode(string code)
    {
        for (var i = 0; i < code.Length; i++)
        {
            var ch = code[i];
            switch (ch)
            {
                case '"':
                    var close = code.IndexOf('"', i + 1);
                    i = close < 0 ? code.Length : close;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case '[':
                    var end = code.IndexOf(']', i + 1);
                    var inside = end < 0 ? "" : code[(i + 1)..end].ToLowerInvariant();
                    if (inside.Length > 0 && inside.All(c => c is 'h' or 'm' or 's')) return true;
                    i = end < 0 ? code.Length : end;
                    break;
                default:
                    if ("dDmMyYhHsS".Contains(ch)) return true;
                    break;
            }
        }
        return false;
    }
}

/// <summary>A cell style's number format code and whether it shows a date or time.</summary>
internal sealed record CellFormat(string Code, bool IsDate)
{
    public static CellFormat General { get; } = new("General", false);
}
