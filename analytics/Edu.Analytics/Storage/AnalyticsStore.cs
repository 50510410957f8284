using DuckDB.NET.Data;
using Edu.Analytics.Model;
using Edu.Storage;

namespace Edu.Analytics.Storage;

/// <summary>
/// Persists an <see cref="AnalyticsResult"/>: every result table is emptied and refilled through
/// DuckDB appenders inside one transaction, so readers see either the previous results or the new
/// ones, never a mix, and a failure leaves the previous results in place.
/// </summary>
public static class AnalyticsStore
{
    private const string NextIdSql = "SELECT coalesce(max(computation_id), 0) + 1 FROM analytics_computations";

    /// <summary>Replaces the stored results with <paramref name="result"/>; returns the computation id.</summary>
    public static long Save(DuckDBConnection connection, AnalyticsResult result, ComputationRecord record, StepTimings? timings = null)
    {
        timings ??= new StepTimings();
        using var tx = connection.BeginTransaction();
        var id = connection.Scalar<long>(NextIdSql);
        timings.Measure("сохранение: удаление прежних результатов", () =>
        {
            foreach (var table in ResultTables.Replaced)
            {
                // Table names come from the constant list above, never from input.
                connection.Execute($"DELETE FROM {table}");
            }
        });

        var schools = SchoolSnapshot.Read(connection);
        WriteComputation(connection, id, result, record);
        SchoolResultWriter.Write(connection, result, schools, timings);
        TaskResultWriter.Write(connection, result.TaskResults, schools, timings);
        RegionResultWriter.Write(connection, id, result, timings);
        timings.Measure("сохранение: фиксация", tx.Commit);
        return id;
    }

    private static void WriteComputation(DuckDBConnection connection, long id, AnalyticsResult result, ComputationRecord record)
    {
        var years = result.ProcedureResults.Select(r => r.Year).Distinct().Order().ToArray();
        using var appender = connection.CreateAppender(ResultTables.Computations);
        appender.CreateRow()
            .AppendValue(id)
            .AppendValue(record.ComputedAt.UtcDateTime)
            .AppendValue(record.AsOf.ToDateTime(TimeOnly.MinValue))
            .AppendValue(years)
            .AppendValue(record.Schools)
            .AppendValue(record.IndividualWorks)
            .AppendValue((long)record.ReadTime.TotalMilliseconds)
            .AppendValue((long)record.EngineTime.TotalMilliseconds)
            .AppendValue(record.OptionsJson)
            .EndRow();
    }
}
