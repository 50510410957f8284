using System.Text;

namespace Edu.Spreadsheets;

/// <summary>
/// The one CSV writer: the file Russian Excel opens with a double click — UTF-8 with BOM, «;» between fields,
/// CRLF, a field quoted only when it holds «;», quotes or a line break. With <c>guardFormulas</c> (every export)
/// text starting with = + - @ gets a leading apostrophe, so Excel shows it instead of running it (SPEC §9);
/// copies that must stay faithful to their input (the archive, generated inputs with «-» as a missing value) write
/// text as it is.
/// </summary>
public sealed class CsvWriter(Stream output, bool guardFormulas, bool leaveOpen = false) : IDisposable
{
    public const char Separator = ';';
    private static readonly char[] NeedsQuoting = [Separator, '"', '\n', '\r'];

    private readonly StreamWriter _writer = new(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen) { NewLine = "\r\n" };
    private bool _rowStarted;

    public static CsvWriter Create(string path, bool guardFormulas) =>
        new(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), guardFormulas);

    /// <summary>Text that must reach Excel as text; null is an empty field.</summary>
    public void Text(string? text)
    {
        StartField();
        if (string.IsNullOrEmpty(text)) return;
        if (guardFormulas && "=+-@".Contains(text[0])) text = "'" + text;
        if (text.IndexOfAny(NeedsQuoting) < 0)
        {
            _writer.Write(text);
            return;
        }
        _writer.Write('"');
        _writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        _writer.Write('"');
    }

    /// <summary>A value already formatted by the caller (a number or a date), written without a guard or quotes.</summary>
    public void Raw(ReadOnlySpan<char> formatted)
    {
        StartField();
        _writer.Write(formatted);
    }

    public void Row(IEnumerable<string?> fields)
    {
        foreach (var field in fields) Text(field);
        EndRow();
    }

    public void EndRow()
    {
        _writer.WriteLine();
        _rowStarted = false;
    }

    public void Dispose() => _writer.Dispose();

    private void StartField()
    {
        if (_rowStarted) _writer.Write(Separator);
        _rowStarted = true;
    }
}
