using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Edu.Generation.Fuzzing;

/// <summary>One mutated file: its bytes and what was done to the original.</summary>
public sealed record Mutant(byte[] Bytes, string Family, string Description);

/// <summary>
/// Breaks a real file the ways files break: bytes of the package flipped or cut off, the XML of a sheet (or of the
/// shared strings, styles, workbook) edited at random, parts of the package removed or doubled, cells given hostile
/// values, a CSV re-encoded or its lines shuffled. Deterministic for a given <see cref="Random"/>.
/// </summary>
public static class FileMutator
{
    private static readonly Lazy<Encoding> Windows1251 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1251);
    });

    public static Mutant Mutate(byte[] original, string extension, Random random)
    {
        var zip = original.Length > 4 && original[0] == 0x50 && original[1] == 0x4B;
        var choice = random.Next(zip ? 6 : 5);
        return (zip, choice) switch
        {
            (_, 0) => FlipBytes(original, random),
            (_, 1) => Truncate(original, random),
            (true, 2) or (true, 3) => EditPart(original, random),
            (true, 4) => Restructure(original, random),
            (true, _) => HostileCell(original, random),
            (false, 2) or (false, 3) => EditCsv(original, random),
            _ => Reencode(original, random),
        };
    }

    private static Mutant FlipBytes(byte[] original, Random random)
    {
        var bytes = (byte[])original.Clone();
        var count = random.Next(1, 9);
        for (var i = 0; i < count; i++) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        return new Mutant(bytes, "bytes", $"{count} random bytes changed");
    }

    private static Mutant Truncate(byte[] original, Random random)
    {
        var length = random.Next(original.Length);
        return new Mutant(original[..length], "bytes", $"cut at byte {length} of {original.Length}");
    }

    private static Mutant EditPart(byte[] original, Random random)
    {
        var parts = ReadParts(original);
        var xmlParts = parts.Keys.Where(k => k.EndsWith(".xml", StringComparison.Ordinal) || k.EndsWith(".rels", StringComparison.Ordinal)).ToList();
        // Sheets most of the time: that is where the rows are.
        var sheets = xmlParts.Where(p => p.Contains("worksheets/", StringComparison.Ordinal)).ToList();
        var part = sheets.Count > 0 && random.Next(3) > 0 ? sheets[random.Next(sheets.Count)] : xmlParts[random.Next(xmlParts.Count)];
        var text = Encoding.UTF8.GetString(parts[part]);
        var (edited, what) = EditXml(text, random);
        parts[part] = Encoding.UTF8.GetBytes(edited);
        return new Mutant(WriteParts(parts), "xml", $"{part}: {what}");
    }

    private static (string Text, string What) EditXml(string text, Random random)
    {
        if (text.Length == 0) return (HostileValues.Snippets[0], "empty part given a cell");
        var at = random.Next(text.Length);
        switch (random.Next(6))
        {
            case 0:
                var length = Math.Min(random.Next(1, 200), text.Length - at);
                return (text.Remove(at, length), $"{length} characters deleted at {at}");
            case 1:
                var span = Math.Min(random.Next(1, 400), text.Length - at);
                return (text.Insert(at, text.Substring(at, span)), $"{span} characters doubled at {at}");
            case 2:
                return (text[..at], $"cut at character {at} of {text.Length}");
            case 3:
                // At an element boundary: the likeliest place for a crafted element.
                var boundary = text.IndexOf('<', at) is var b and >= 0 ? b : at;
                var snippet = HostileValues.Snippets[random.Next(HostileValues.Snippets.Length)];
                return (text.Insert(boundary, snippet), $"«{Short(snippet)}» inserted at {boundary}");
            case 4:
                var attribute = text.IndexOf(" r=\"", at, StringComparison.Ordinal);
                if (attribute < 0) goto case 0;
                var end = text.IndexOf('"', attribute + 4);
                if (end < 0) goto case 0;
                var value = random.Next(4) switch { 0 => "0", 1 => "-5", 2 => "99999999999", _ => random.Next(1, 1_048_577).ToString(CultureInfo.InvariantCulture) };
                var reference = text[(attribute + 4)..end];
                var replaced = char.IsAsciiLetter(reference.FirstOrDefault()) ? "XFD" + value : value;
                return (text[..(attribute + 4)] + replaced + text[end..], $"reference «{Short(reference)}» became «{replaced}»");
            default:
                var v = text.IndexOf("<v>", at, StringComparison.Ordinal);
                if (v < 0) goto case 3;
                var close = text.IndexOf("</v>", v, StringComparison.Ordinal);
                if (close < 0) goto case 3;
                var cell = Escape(HostileValues.Cells[random.Next(HostileValues.Cells.Length)]);
                return (text[..(v + 3)] + cell + text[close..], $"a <v> became «{Short(cell)}»");
        }
    }

    private static Mutant Restructure(byte[] original, Random random)
    {
        var parts = ReadParts(original);
        var names = parts.Keys.ToList();
        var name = names[random.Next(names.Count)];
        switch (random.Next(3))
        {
            case 0:
                parts.Remove(name);
                return new Mutant(WriteParts(parts), "package", $"part {name} removed");
            case 1:
                var bytes = parts[name];
                parts.Remove(name);
                parts[name.Replace("sheet", "Sheet", StringComparison.Ordinal) + (name.Contains("sheet", StringComparison.Ordinal) ? "" : ".moved")] = bytes;
                return new Mutant(WriteParts(parts), "package", $"part {name} renamed");
            default:
                // A second entry under the same name: which one a reader takes is up to it.
                return new Mutant(WriteParts(parts, duplicate: name), "package", $"part {name} doubled");
        }
    }

    private static Mutant HostileCell(byte[] original, Random random)
    {
        var parts = ReadParts(original);
        var candidates = parts.Keys.Where(k => k.Contains("worksheets/", StringComparison.Ordinal) || k.EndsWith("sharedStrings.xml", StringComparison.Ordinal)).ToList();
        if (candidates.Count == 0) return FlipBytes(original, random);
        var part = candidates[random.Next(candidates.Count)];
        var text = Encoding.UTF8.GetString(parts[part]);
        var value = HostileValues.Cells[random.Next(HostileValues.Cells.Length)];
        var tag = part.EndsWith("sharedStrings.xml", StringComparison.Ordinal) ? "t" : random.Next(2) == 0 ? "v" : "t";
        var starts = AllIndexes(text, $"<{tag}>").Concat(AllIndexes(text, $"<{tag} ")).ToList();
        if (starts.Count == 0) return FlipBytes(original, random);
        var open = starts[random.Next(starts.Count)];
        var contentStart = text.IndexOf('>', open) + 1;
        var close = text.IndexOf($"</{tag}>", contentStart, StringComparison.Ordinal);
        if (close < 0) return FlipBytes(original, random);
        parts[part] = Encoding.UTF8.GetBytes(text[..contentStart] + Escape(value) + text[close..]);
        return new Mutant(WriteParts(parts), "cell", $"{part}: a <{tag}> became «{Short(value)}»");
    }

    private static Mutant EditCsv(byte[] original, Random random)
    {
        var text = Encoding.UTF8.GetString(original);
        var lines = text.Split('\n').ToList();
        var line = random.Next(lines.Count);
        string what;
        switch (random.Next(5))
        {
            case 0:
                var fields = lines[line].Split(';');
                var field = random.Next(fields.Length);
                var value = HostileValues.Cells[random.Next(HostileValues.Cells.Length)];
                fields[field] = value;
                lines[line] = string.Join(';', fields);
                what = $"line {line + 1}, field {field + 1} became «{Short(value)}»";
                break;
            case 1:
                lines.Insert(line, lines[line]);
                what = $"line {line + 1} doubled";
                break;
            case 2:
                lines.RemoveAt(line);
                what = $"line {line + 1} removed";
                break;
            case 3:
                var header = lines.FindIndex(l => l.Count(c => c == ';') >= 2);
                if (header < 0) goto case 2;
                var names = lines[header].Split(';');
                lines[header] = lines[header] + ";" + names[random.Next(names.Length)];
                what = $"a header caption repeated at the end of line {header + 1}";
                break;
            default:
                lines[line] = lines[line] + new string(';', random.Next(1, 20_000));
                what = $"line {line + 1} given thousands of empty fields";
                break;
        }
        var bom = original.Length >= 3 && original[0] == 0xEF && original[1] == 0xBB && original[2] == 0xBF;
        var body = Encoding.UTF8.GetBytes(string.Join('\n', lines).TrimStart('\uFEFF'));
        return new Mutant(bom ? [0xEF, 0xBB, 0xBF, .. body] : body, "cell", what);
    }

    private static Mutant Reencode(byte[] original, Random random)
    {
        var text = Encoding.UTF8.GetString(original).TrimStart('\uFEFF');
        return random.Next(3) switch
        {
            0 => new Mutant([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)], "encoding", "UTF-16 with a byte order mark"),
            1 => new Mutant(Encoding.Unicode.GetBytes(text), "encoding", "UTF-16 without a byte order mark"),
            _ => new Mutant(Windows1251.Value.GetBytes(text), "encoding", "windows-1251"),
        };
    }

    private static Dictionary<string, byte[]> ReadParts(byte[] package)
    {
        var parts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            parts[entry.FullName] = copy.ToArray();
        }
        return parts;
    }

    private static byte[] WriteParts(Dictionary<string, byte[]> parts, string? duplicate = null)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in parts)
            {
                for (var copy = 0; copy < (name == duplicate ? 2 : 1); copy++)
                {
                    using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                    stream.Write(bytes);
                }
            }
        }
        return output.ToArray();
    }

    private static IEnumerable<int> AllIndexes(string text, string what)
    {
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + 1, StringComparison.Ordinal)) yield return i;
    }

    private static string Escape(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
