namespace Edu.Jobs.Inbox;

/// <summary>File-name rules of the inbox: which names are someone's work in progress, and how a client's name is made safe.</summary>
public static class FileNames
{
    private const int MaxLength = 150;

    /// <summary>
    /// Names a writer uses while a file is incomplete, or that the OS leaves behind: Excel lock files (~$…), hidden
    /// and partial files. Tools that drop files automatically should write «.name» or «name.tmp» and rename at the end.
    /// </summary>
    public static bool IsIgnored(string name) =>
        name.StartsWith("~$", StringComparison.Ordinal)
        || name.StartsWith('.')
        || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".part", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".crdownload", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Thumbs.db", StringComparison.OrdinalIgnoreCase)
        || name.Equals("desktop.ini", StringComparison.OrdinalIgnoreCase);

    /// <summary>The last segment of a name from a client (either slash), without characters the file system refuses.</summary>
    public static string Safe(string? clientName)
    {
        var last = (clientName ?? "").Replace('\\', '/').Split('/').LastOrDefault() ?? "";
        var invalid = Path.GetInvalidFileNameChars();
        var cleaned = new string(last.Where(c => !invalid.Contains(c) && !char.IsControl(c)).ToArray()).Trim().Trim('.').Trim();
        if (cleaned.Length == 0) cleaned = "файл";
        if (cleaned.Length > MaxLength)
        {
            var extension = Path.GetExtension(cleaned);
            if (extension.Length > 10) extension = "";
            cleaned = cleaned[..(MaxLength - extension.Length)] + extension;
        }
        return cleaned;
    }
}
