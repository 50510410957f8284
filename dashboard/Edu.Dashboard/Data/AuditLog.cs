using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Edu.Dashboard.Data;

/// <summary>
/// Appends who loaded, exported and viewed what (SPEC §9) to the audit journal: JSON lines in <c>audit/</c> beside
/// the database, one file per process and day («audit-2025-11-27-host-4711-3f2a.jsonl»). Kept apart from DuckDB on
/// purpose: pages read a published version and must never wait for the writer, and a view is recorded the moment it
/// happens, on any instance. Each line has the columns of the former audit_log table (which keeps what was recorded
/// before), so DuckDB reads them all with <c>read_json('data/audit/*.jsonl', columns = …)</c>, see <see cref="JournalColumns"/>.
/// </summary>
public sealed class AuditLog(DashboardDatabase database, TimeProvider time, ILogger<AuditLog> logger)
{
    public const string Load = "load";
    public const string UploadRefused = "upload-refused";
    public const string Export = "export";
    public const string ErrorReport = "error-report";
    public const string SchoolView = "school-view";
    public const string InboxScan = "inbox-scan";
    public const string Recompute = "recompute";

    public const string FolderName = "audit";

    /// <summary>The journal's columns for DuckDB's read_json: those of the audit_log table.</summary>
    public const string JournalColumns = "{occurred_at: 'TIMESTAMP', user_login: 'VARCHAR', action: 'VARCHAR', target: 'VARCHAR', details: 'VARCHAR'}";

    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    // Several hosts may share a process (tests) and several processes a folder: a random part keeps files apart.
    private readonly string _instance = $"{Environment.MachineName}-{Environment.ProcessId}-{Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(2)).ToLowerInvariant()}";
    private readonly Lock _writing = new();

    /// <summary>The folder of the journal files.</summary>
    public string Folder => Path.Combine(database.Database.DataDirectory, FolderName);

    public void Record(string user, string action, string? target, string? details = null)
    {
        var at = time.GetUtcNow().UtcDateTime;
        var line = JsonSerializer.Serialize(new Entry(at.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture), user, action, target, details), Json) + "\n";
        var file = Path.Combine(Folder, $"audit-{at:yyyy-MM-dd}-{_instance}.jsonl");
        lock (_writing)
        {
            Directory.CreateDirectory(Folder);
            File.AppendAllText(file, line);
        }
        logger.LogInformation("Audit {Action} by {User}: {Target} {Details}", action, user, target, details);
    }

    private sealed record Entry(
        [property: JsonPropertyName("occurred_at")] string OccurredAt,
        [property: JsonPropertyName("user_login")] string UserLogin,
        [property: JsonPropertyName("action")] string Action,
        [property: JsonPropertyName("target")] string? Target,
        [property: JsonPropertyName("details")] string? Details);
}
