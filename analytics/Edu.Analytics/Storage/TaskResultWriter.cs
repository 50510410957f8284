using DuckDB.NET.Data;
using Edu.Analytics.Model;

namespace Edu.Analytics.Storage;

/// <summary>
/// Appends task_results in the engine's order (year, procedure, region, municipalities, schools). At country scale
/// these are millions of rows naming a few dozen procedures and levels: their labels are built once, not per row.
/// </summary>
internal static class TaskResultWriter
{
    public static void Write(DuckDBConnection connection, IReadOnlyList<TaskResult> rows, SchoolSnapshot schools, StepTimings timings)
    {
        var procedures = rows.Select(r => r.Procedure).Distinct().ToDictionary(p => p, p => (Kind: Labels.Kind(p.Kind), Label: Labels.Procedure(p)));
        var levels = Enum.GetValues<TaskLevel>().ToDictionary(l => l, Labels.TaskLevels.Text);
        SchoolResultWriter.Append(connection, timings, ResultTables.TaskResults, rows, (row, r) =>
        {
            var procedure = procedures[r.Procedure];
            return row.AppendValue(r.Year).AppendValue(procedure.Kind).AppendValue(r.Procedure.Subject).AppendValue(r.Procedure.Grade)
                .AppendValue(procedure.Label).AppendValue(levels[r.Level])
                .AppendValue(r.Login).AppendValue(schools.Name(r.Login)).AppendValue(r.Municipality).AppendValue(schools.District(r.Login))
                .AppendValue(r.Task.Number).AppendValue(r.Task.Label).AppendValue(r.Task.Requirement).AppendValue(r.Task.MaxScore)
                .AppendValue(r.Works).AppendValue(r.Rate).AppendValue(r.RegionRate).AppendValue(r.BelowMastery).AppendValue(r.Lags);
        });
    }
}
