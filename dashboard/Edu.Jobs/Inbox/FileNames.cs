using Edu.Loading;

namespace Edu.Jobs.Inbox;

/// <summary>File-name rules of the inbox: which names are someone's work in progress, and how a client's name is made safe.</summary>
public static class FileNames
{
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

    /// <summary>
    /// The last segment of a name from a client (either slash), without characters the file system refuses, its stem
    /// bounded in UTF-8 bytes (<see cref="SafeFileName.MaxStemBytes"/>) so that every name derived from it — with a time
    /// stamp, a counter, «.ошибки.xlsx» — stays within the 255 bytes a file system allows. The full name is kept beside
    /// the ticket (<see cref="InboxFolders.OriginalNameOf"/>) and recorded in the load history.
    /// </summary>
    public static string Safe(string? clientName)
    {
        var cleaned = Clean(clientName).Trim('.').Trim();
        if (cleaned.Length == 0) cleaned = "файл";
        var extension = SafeFileName.Extension(cleaned);
        var stem = SafeFileName.Bound(cleaned[..^extension.Length].TrimEnd(), SafeFileName.MaxStemBytes).TrimEnd().TrimEnd('.');
        return (stem.Length == 0 ? "файл" : stem) + extension;
    }

    /// <summary>The client's name as the history should show it: last segment, no control characters, at most 500 characters.</summary>
    public static string Original(string? clientName)
    {
        var name = Clean(clientName);
        return name.Length == 0 ? "файл" : name.Length > 500 ? name[..500] : name;
    }

    private static string Clean(string? clientName)
    {
        var last = (clientName ?? "").Replace('\\', '/').Split('/').LastOrDefault() ?? "";
        var invalid = Path.GetInvalidFileNameChars();
        return new string(last.Where(c => !invalid.Contains(c) && !char.IsControl(c)).ToArray()).Trim();
    }
}
