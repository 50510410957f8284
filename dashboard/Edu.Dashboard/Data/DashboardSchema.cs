using Edu.Storage;

namespace Edu.Dashboard.Data;

/// <summary>The migrations of the tables only the dashboard writes (Schema/*.sql): the audit log.</summary>
public static class DashboardSchema
{
    public static IReadOnlyList<Migration> Migrations { get; } = Migration.EmbeddedIn(typeof(DashboardSchema).Assembly);
}
