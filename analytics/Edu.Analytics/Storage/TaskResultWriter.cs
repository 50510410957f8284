using DuckDB.NET.Data;
using Edu.Analytics.Model;

namespace Edu.Analytics.Storage;

/// <summary>
/// Appends task_results in the engine's order (year, procedure, region, municipalities, schools). At country scale
/// these are millions of rows naming a few dozen procedures and levels: their labels are built once, not per row.
/// </summary>
internal static class TaskResultWriter
{
    public static void Write(DuckDBConnection connection, IEnumerable<TaskResult> rows, SchoolSnapshot schools, StepTimings timings)
    {
        // Rows may come as they are computed: the labels are made on first sight, once per procedure.
        var procedures = new Dictionary<ProcedureKey, (string Kind, string Label)>();
        var levels = Enum.GetValues<TaskLevel>().ToDictionary(l => l, Labels.TaskLevels.Text);
        SchoolResultWriter.Append(connection, timings, ResultTables.TaskResults, rows, (row, r) =>
        {
            if (!procedures.TryGetValue(r.Procedure, out var procedure))
            {
                procedures[r.Procedure] = procedure = (Labels.Kind(r.Procedure.Kind), Labels.Procedure(r.Procedure));
            }

            return row.AppendValue(r.Year).AppendValue(procedure.Kind).AppendValue(r.Procedure.Subject).AppendValue(r.Procedure.Grade)
                .AppendValue(procedure.Label).AppendValue(levels[r.Level])
                .AppendValue(r.Login).AppendValue(schools.Name(r.Login)).AppendValue(r.Municipality).AppendValue(schools.District(r.Login))
                .AppendValue(r.Task.Number).AppendValue(r.Task.Label).AppendValue(r.Task.Requirement).AppendValue(r.Task.MaxScore)
                .AppendValue(r.Works).AppendValue(r.Rate).AppendValue(r.RegionRate).AppendValue(r.BelowMastery).AppendValue(r.Lags);
        });
    }
}
