using System.Globalization;
using System.Text.Json;

namespace Edu.Storage.Publishing;

/// <summary>
/// Who holds the writer lock and for what, kept in a file beside it so that a process waiting for the lock can say
/// what it waits for. The lock itself is the truth; the note may lag it by a moment or outlive a killed holder.
/// </summary>
public sealed record WriterNote(string Purpose, string Program, int ProcessId, string Host, DateTimeOffset Since)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static WriterNote Now(string purpose, TimeProvider time) =>
        new(purpose, AppDomain.CurrentDomain.FriendlyName, Environment.ProcessId, Environment.MachineName, time.GetUtcNow());

    /// <summary>In Russian, for a waiting message: «загрузка «ЕГЭ.xlsx» (edu, процесс 812 на host, с 14:05:31)».</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Purpose} ({Program}, процесс {ProcessId} на {Host}, с {Since.ToLocalTime():HH:mm:ss})");

    public static WriterNote? Read(DataFiles files)
    {
        try
        {
            return JsonSerializer.Deserialize<WriterNote>(File.ReadAllText(files.WriterNote), Json);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    internal void Write(DataFiles files)
    {
        // Renamed into place: a reader never sees half a note.
        var temp = files.WriterNote + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(this, Json));
        File.Move(temp, files.WriterNote, overwrite: true);
    }
}
