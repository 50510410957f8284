namespace Edu.Generation.Fuzzing;

/// <summary>What a careless or hostile file puts where a value or a piece of XML belongs.</summary>
internal static class HostileValues
{
    public static readonly string LongText = new('Ш', 40_000);

    /// <summary>Cell texts: missing-value codes, formulas, numbers at the edges, direction overrides, control characters, overlong text.</summary>
    public static readonly string[] Cells =
    [
        "", " ", "-", "—", "н/д", "X", "Х", "нет отметки", "Итого", "=1+1", "=HYPERLINK(\"http://evil.example\")", "@SUM(A1)", "+7", "-0",
        "1e309", "NaN", "-1", "0", "99999999999999999999", "45,3%", "0,453", "100,0000001%", "2023/2025", "31.02.2025", "00.00.0000",
        "sch470001", "SCH470001", "sch47", "\u202Esch470001", "Лужский\u202E район", "a\0b", "\t", "\r\n", "\"", "\"\";\"", ";;;;",
        "<script>alert(1)</script>", "'; DROP TABLE loads; --", LongText,
    ];

    /// <summary>XML fragments dropped into a package part, mostly at element boundaries.</summary>
    public static readonly string[] Snippets =
    [
        "<c r=\"XFD1048576\"><v>1</v></c>",
        "<c r=\"XFD1048576\" s=\"1\"/>",
        "<row r=\"1048576\"><c r=\"A1048576\" t=\"inlineStr\"><is><t>x</t></is></c></row>",
        "<row r=\"1\"/>",
        "<c r=\"A1\" t=\"s\"><v>999999</v></c>",
        "<c r=\"ZZZZ1\"><v>1</v></c>",
        "<c t=\"inlineStr\"><is><t>" + LongText + "</t></is></c>",
        "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>",
        "<!DOCTYPE x SYSTEM \"file:///etc/passwd\">",
        "&b;", "<", "</row>", "</c>", "]]>", "<v>NaN</v>", "<v>1e308</v>", "<dimension ref=\"A1:XFD1048576\"/>", "\0",
    ];
}
