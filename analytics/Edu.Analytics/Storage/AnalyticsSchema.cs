using Edu.Storage;

namespace Edu.Analytics.Storage;

/// <summary>The migrations of the result tables the recompute writes (Schema/*.sql).</summary>
public static class AnalyticsSchema
{
    public static IReadOnlyList<Migration> Migrations { get; } = Migration.EmbeddedIn(typeof(AnalyticsSchema).Assembly);
}
