using System.Text.Json;

namespace Edu.Storage.Publishing;

/// <summary>
/// One published version as the pointer file records it: its number and file, when and how fast it was published,
/// the working file's stamp it was copied at (<see cref="Source"/>) and the migrations its tables have.
/// </summary>
public sealed record PublishedVersion(long Version, string File, DateTimeOffset PublishedAt, FileStamp Source, IReadOnlyList<int> Schema, long Bytes, double Seconds)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The version the pointer names, or null when none was published (or the pointer is unreadable).</summary>
    public static PublishedVersion? Read(DataFiles files)
    {
        try
        {
            var version = JsonSerializer.Deserialize<PublishedVersion>(System.IO.File.ReadAllText(files.Pointer), Json);
            return version is { Version: > 0, Schema: not null } && DataFiles.VersionOf(version.File) == version.Version ? version : null;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Makes this the version readers open: the pointer is written beside the old one, flushed to disk and renamed
    /// over it, so a reader (or a crash) sees the old pointer or the new one, never a mix.
    /// </summary>
    internal void WriteAsCurrent(DataFiles files)
    {
        var temp = files.Pointer + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(stream, this, Json);
            stream.Flush(flushToDisk: true);
        }
        System.IO.File.Move(temp, files.Pointer, overwrite: true);
        NativeFiles.FlushDirectory(files.Published);
    }
}
