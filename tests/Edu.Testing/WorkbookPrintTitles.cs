using System.IO.Compression;
using System.Xml.Linq;

namespace Edu.Testing;

/// <summary>
/// The rows and columns an .xlsx repeats on every printed page, per sheet index, as its workbook.xml defines them
/// («'ШНОР'!A:D,'ШНОР'!5:5»): ClosedXML 0.95.4 writes rows and columns as one name and then reads back neither.
/// </summary>
public static class WorkbookPrintTitles
{
    public static Dictionary<int, string> Read(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        using var reader = new StreamReader(zip.GetEntry("xl/workbook.xml")!.Open());
        return XDocument.Parse(reader.ReadToEnd()).Descendants()
            .Where(e => e.Name.LocalName == "definedName" && (string?)e.Attribute("name") == "_xlnm.Print_Titles")
            .ToDictionary(e => (int)e.Attribute("localSheetId")!, e => e.Value);
    }
}
