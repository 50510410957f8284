using Edu.Storage;

namespace Edu.Loading.Tests.Support;

/// <summary>
/// Row count and an order-independent checksum of every data table, to prove that a rejected or
/// interrupted load changed nothing. The load history is excluded: recording a rejection is its job.
/// </summary>
public static class DatabaseSnapshot
{
    public static readonly string[] DataTables =
        ["schools", "school_context", "vpr_works", "vpr_tasks", "vpr_task_requirements", "vpr_marks", "oge_results", "ege_results", "coverage", "targets",
            "reported_values", "project_rosters", "decisions", "self_diagnostics", "self_diagnostics_directions", "self_diagnostics_criteria"];

    public static IReadOnlyDictionary<string, string> Take(TestDatabase db)
    {
        using var connection = db.Open();
        return DataTables.ToDictionary(t => t, t =>
            connection.Scalar<string>($"SELECT count(*)::VARCHAR || ':' || coalesce(sum(hash(t))::VARCHAR, '0') FROM {t} AS t"));
    }
}
