using System.Diagnostics;
using DuckDB.NET.Data;
using Edu.Analytics.Model;

namespace Edu.Analytics.Storage;

/// <summary>Appends the school-level result tables, each row with the school's registry snapshot.</summary>
internal static class SchoolResultWriter
{
    /// <summary>procedure_results: millions of rows at country scale, written apart from the rest (<see cref="ResultSave"/>).</summary>
    public static void WriteProcedureResults(DuckDBConnection connection, IReadOnlyList<ProcedureResult> results, SchoolSnapshot schools, StepTimings timings)
    {
        // Millions of procedure rows name a few dozen procedures: their labels are built once, not per row.
        var procedureLabels = results.Select(r => r.Procedure).Distinct().ToDictionary(p => p, Labels.Procedure);
        var sourceLabels = Enum.GetValues<ResultSource>().ToDictionary(v => v, v => v.ToString());

        Append(connection, timings, ResultTables.ProcedureResults, schools.Sorted(results, r => r.Year, r => r.Login), (row, r) =>
            row.AppendValue(r.Year).AppendValue(r.Login).AppendValue(schools.Municipality(r.Login))
                .AppendValue(Labels.Kind(r.Procedure.Kind)).AppendValue(r.Procedure.Subject).AppendValue(r.Procedure.Grade)
                .AppendValue(procedureLabels[r.Procedure]).AppendValue(sourceLabels[r.Source])
                .AppendValue(r.Participants).AppendValue(r.IsCounted).AppendValue(r.Mean).AppendValue(r.LowSharePct).AppendValue(r.MeanPrimaryScore)
                .AppendValue(r.Marks?.Two).AppendValue(r.Marks?.Three).AppendValue(r.Marks?.Four).AppendValue(r.Marks?.Five));
    }

    /// <summary>Every school-level table but procedure_results.</summary>
    public static void Write(DuckDBConnection connection, AnalyticsResult result, SchoolSnapshot schools, StepTimings timings)
    {
        Append(connection, timings, ResultTables.ResultIndex, schools.Sorted(result.ResultIndexes, r => r.Year, r => r.Login), (row, r) =>
            schools.Append(row.AppendValue(r.Year).AppendValue(r.Login), r.Login)
                .AppendValue(r.Index).AppendValue(r.Procedures).AppendValue(r.Participants));

        Append(connection, timings, ResultTables.Shnor, schools.Sorted(result.Shnor, r => r.Year, r => r.Login), (row, r) =>
            schools.Append(row.AppendValue(r.Year).AppendValue(r.Login), r.Login)
                .AppendValue(r.StatusLabel).AppendValue(r.GroundA).AppendValue(r.GroundB)
                .AppendValue(string.Join("; ", r.Procedures.Select(Labels.Procedure))).AppendValue(r.YearsListed));

        Append(connection, timings, ResultTables.ContextIndex, schools.Sorted(result.ContextIndexes, r => r.Year, r => r.Login), (row, r) =>
            schools.Append(row.AppendValue(r.Year).AppendValue(r.Login), r.Login)
                .AppendValue(r.Index).AppendValue(r.SharesUsed).AppendValue(r.IsDisadvantaged).AppendValue(r.ResultIndex));

        Append(connection, timings, ResultTables.Resilience, schools.Sorted(result.Resilience, r => r.Year, r => r.Login), (row, r) =>
            schools.Append(row.AppendValue(r.Year).AppendValue(r.Login), r.Login)
                .AppendValue(r.IsDisadvantaged).AppendValue(r.ContextIndex).AppendValue(r.ResultIndex).AppendValue(r.Residual)
                .AppendValue(r.ResilientByQuartile).AppendValue(r.ResilientByValueAdded).AppendValue(r.StablyResilient)
                .AppendValue(r.ObjectivityFlag).AppendValue(r.ExcludedForObjectivity));

        Append(connection, timings, ResultTables.StableHigh, schools.Sorted(result.StableHigh, r => r.Year, r => r.Login), (row, r) =>
            schools.Append(row.AppendValue(r.Year).AppendValue(r.Login), r.Login)
                .AppendValue(r.MeanIndex).AppendValue(r.Rank).AppendValue(r.Selected).AppendValue(r.SelectedAsMunicipalBest)
                .AppendValue(r.ExcludedForObjectivity));

        Append(connection, timings, ResultTables.Objectivity, schools.Sorted(result.Objectivity, r => r.Year, r => r.Login), (row, r) =>
            schools.Append(row.AppendValue(r.Year).AppendValue(r.Login), r.Login)
                .AppendValue(Labels.Kind(r.Procedure.Kind)).AppendValue(r.Procedure.Subject).AppendValue(r.Procedure.Grade)
                .AppendValue(Labels.Procedure(r.Procedure)).AppendValue(r.Participants)
                .AppendValue(r.SchoolLowerBound).AppendValue(r.RegionUpperBound).AppendValue(r.ExemptByType).AppendValue(r.OtherResultsZ)
                .AppendValue(r.InflatedMean).AppendValue(r.Spearman).AppendValue(r.SpearmanPairs).AppendValue(r.JournalMismatch)
                .AppendValue(r.LoweredPct).AppendValue(r.ConfirmedPct).AppendValue(r.RaisedPct).AppendValue(r.MarksVsJournal)
                .AppendValue(r.Flagged));

        Append(connection, timings, ResultTables.ShnorDynamics, schools.Sorted(result.ShnorTransitions, r => r.Year, r => r.Login), (row, r) =>
            schools.Append(row.AppendValue(r.Year).AppendValue(r.Login), r.Login)
                .AppendValue(Label(r.PreviousStatus)).AppendValue(Label(r.Status)).AppendValue(Labels.ShnorChanges.Text(r.Change))
                .AppendValue(r.PreviousLowRate).AppendValue(r.LowRate));

        Append(connection, timings, ResultTables.Mentors, schools.Sorted(result.Mentors, r => r.Year, r => r.MenteeLogin), (row, r) =>
            schools.Append(row.AppendValue(r.Year).AppendValue(r.MenteeLogin), r.MenteeLogin)
                .AppendValue(r.MentorLogin).AppendValue(schools.Name(r.MentorLogin)).AppendValue(schools.Municipality(r.MentorLogin))
                .AppendValue(r.MatchLabel));
    }

    private static string? Label(ShnorStatus? status) => status is { } s ? Labels.Status(s) : null;

    internal static void Append<T>(
        DuckDBConnection connection, StepTimings timings, string table, IEnumerable<T> rows, Func<IDuckDBAppenderRow, T, IDuckDBAppenderRow> fill)
    {
        var start = Stopwatch.GetTimestamp();
        using (var appender = connection.CreateAppender(table))
        {
            foreach (var r in rows)
            {
                fill(appender.CreateRow(), r).EndRow();
            }
        }

        timings.Add("сохранение: " + table, Stopwatch.GetElapsedTime(start));
    }
}
