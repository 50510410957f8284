using DuckDB.NET.Data;
using Edu.Storage;

namespace Edu.Dashboard.Data;

/// <summary>Appends who loaded, exported and viewed what (SPEC §9) to the audit_log table.</summary>
public sealed class AuditLog(DashboardDatabase database, TimeProvider time, ILogger<AuditLog> logger)
{
    public const string Load = "load";
    public const string UploadRefused = "upload-refused";
    public const string Export = "export";
    public const string ErrorReport = "error-report";
    public const string SchoolView = "school-view";
    public const string InboxScan = "inbox-scan";
    public const string Recompute = "recompute";

    public void Record(string user, string action, string? target, string? details = null)
    {
        using var connection = database.Open();
        Record(connection, user, action, target, details);
    }

    public void Record(DuckDBConnection connection, string user, string action, string? target, string? details = null)
    {
        connection.Execute("INSERT INTO audit_log (occurred_at, user_login, action, target, details) VALUES ($p0, $p1, $p2, $p3, $p4)",
            time.GetUtcNow().UtcDateTime, user, action, target, details);
        logger.LogInformation("Audit {Action} by {User}: {Target} {Details}", action, user, target, details);
    }
}
