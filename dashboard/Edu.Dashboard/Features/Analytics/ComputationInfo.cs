using DuckDB.NET.Data;
using Edu.Storage;

namespace Edu.Dashboard.Features.Analytics;

/// <summary>When the analytics were last computed and what that computation could not compute, as a page shows it.</summary>
public sealed record ComputationInfo(long Id, DateTime? ComputedAt, IReadOnlyList<string> Messages)
{
    public static ComputationInfo None { get; } = new(0, null, []);

    /// <summary>The latest computation and its messages that mention one of <paramref name="topics"/>.</summary>
    public static ComputationInfo Latest(DuckDBConnection connection, IReadOnlyList<string> topics)
    {
        var latest = connection.Rows("SELECT computation_id, computed_at FROM analytics_computations ORDER BY computation_id DESC LIMIT 1",
            r => (Id: r.Long(0), At: r.GetDateTime(1))).FirstOrDefault();
        if (latest.Id == 0) return None;
        // Messages are region-wide statements («нет данных за 2022 год»), never about one school, so every scope may read them.
        var messages = connection.Rows("SELECT message FROM computation_messages WHERE computation_id = $p0 ORDER BY seq",
                r => r.GetString(0), latest.Id)
            .Where(m => topics.Any(t => m.Contains(t, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        return new ComputationInfo(latest.Id, latest.At, messages);
    }
}
