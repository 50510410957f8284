using DuckDB.NET.Data;
using Edu.Analytics.Model;
using Edu.Storage;

namespace Edu.Analytics.Storage;

/// <summary>
/// Replaces the stored results with a new computation in one transaction, so readers see either the previous results
/// or the new ones, never a mix, and a failure (disposing without <see cref="Finish"/>) leaves the previous results in
/// place. The bulk tables (procedure_results, task_results) can be handed over before the rest is computed: they are
/// appended on a thread of the save's own meanwhile, which at country scale hides most of the save behind the engine.
/// </summary>
/// <remarks>
/// A DuckDB connection is not for two threads at once: while the save's thread appends, only it uses the connection;
/// <see cref="Finish"/> and <see cref="Dispose"/> wait for it before they touch the connection again.
/// </remarks>
public sealed class ResultSave : IDisposable
{
    private const string NextIdSql = "SELECT coalesce(max(computation_id), 0) + 1 FROM analytics_computations";

    // What DuckDB may keep while the results are written: the save's appends and small queries need little of it, and the
    // blocks that the read scanned and the appends wrote are never asked for again. Measured at country scale: the
    // recompute's peak 0.2–0.3 GB lower than with DuckDB's default (80 % of the machine), the time the same.
    private const int DuckDbMegabytes = 256;

    private readonly DuckDBConnection _connection;
    private readonly DuckDBTransaction _transaction;
    private readonly MemoryLimit _memory;
    private readonly StepTimings _timings;
    private readonly SchoolSnapshot _schools;
    private readonly long _id;
    private Task _bulk = Task.CompletedTask;
    private bool _procedureResultsStarted;
    private bool _taskResultsStarted;

    private ResultSave(DuckDBConnection connection, MemoryLimit memory, DuckDBTransaction transaction, StepTimings timings, SchoolSnapshot schools, long id)
    {
        _connection = connection;
        _memory = memory;
        _transaction = transaction;
        _timings = timings;
        _schools = schools;
        _id = id;
    }

    /// <summary>Opens the transaction and empties the result tables inside it; DuckDB keeps little memory till the save ends.</summary>
    public static ResultSave Begin(DuckDBConnection connection, StepTimings? timings = null)
    {
        timings ??= new StepTimings();
        var memory = MemoryLimit.Set(connection, DuckDbMegabytes);
        DuckDBTransaction? transaction = null;
        try
        {
            transaction = connection.BeginTransaction();
            var id = connection.Scalar<long>(NextIdSql);
            timings.Measure("сохранение: удаление прежних результатов", () =>
            {
                foreach (var table in ResultTables.Replaced)
                {
                    // Table names come from the constant list, never from input.
                    connection.Execute($"DELETE FROM {table}");
                }
            });
            return new ResultSave(connection, memory, transaction, timings, SchoolSnapshot.Read(connection), id);
        }
        catch
        {
            transaction?.Dispose();
            memory.Dispose();
            throw;
        }
    }

    /// <summary>Starts appending procedure_results on the save's own thread.</summary>
    public void StartProcedureResults(IReadOnlyList<ProcedureResult> results)
    {
        Once(ref _procedureResultsStarted);
        Enqueue(() => SchoolResultWriter.WriteProcedureResults(_connection, results, _schools, _timings));
    }

    /// <summary>
    /// Starts appending task_results on the save's own thread, after whatever was started before. The rows are enumerated
    /// there, so they may be computed as they are appended (<see cref="StartTaskResults(IEnumerable{IReadOnlyList{TaskResult}})"/>).
    /// </summary>
    public void StartTaskResults(IEnumerable<TaskResult> results)
    {
        Once(ref _taskResultsStarted);
        Enqueue(() => TaskResultWriter.Write(_connection, results, _schools, _timings));
    }

    /// <summary>
    /// Starts appending task_results as <paramref name="byProcedure"/> computes them: one procedure-year at a time, on a thread
    /// of their own that runs at most two procedures ahead of the save, so that the country's 3.2 million rows are never
    /// held at once. The time of computing them is the step «выполнение заданий».
    /// </summary>
    public void StartTaskResults(IEnumerable<IReadOnlyList<TaskResult>> byProcedure) =>
        StartTaskResults(Ahead.Of(byProcedure, capacity: 2, computing => _timings.Add("выполнение заданий", computing)).SelectMany(rows => rows));

    /// <summary>
    /// Appends every other table of <paramref name="result"/> once the bulk ones are in (started here if they were
    /// not), records the computation and commits; returns its id.
    /// </summary>
    public long Finish(AnalyticsResult result, ComputationRecord record)
    {
        if (!_procedureResultsStarted)
        {
            StartProcedureResults(result.ProcedureResults);
        }

        if (!_taskResultsStarted)
        {
            StartTaskResults(result.TaskResults);
        }

        // A failure on the save's thread surfaces here, as the exception it threw.
        _timings.Measure("сохранение: ожидание procedure_results и task_results", () => _bulk.GetAwaiter().GetResult());
        WriteComputation(result, record);
        SchoolResultWriter.Write(_connection, result, _schools, _timings);
        RegionResultWriter.Write(_connection, _id, result, _timings);
        _timings.Measure("сохранение: фиксация", _transaction.Commit);
        return _id;
    }

    /// <summary>
    /// Rolls back unless <see cref="Finish"/> committed, once the save's thread has let go of the connection; puts DuckDB's
    /// memory limit back.
    /// </summary>
    public void Dispose()
    {
        try
        {
            _bulk.Wait();
        }
        catch (AggregateException)
        {
            // Finish has rethrown it, or the caller is leaving on a failure of its own: either way the transaction rolls back.
        }

        _transaction.Dispose();
        _memory.Dispose();
    }

    private static void Once(ref bool started)
    {
        if (started)
        {
            throw new InvalidOperationException("A result table of a computation is saved once.");
        }

        started = true;
    }

    // Writes run one after another (one connection); a failed write fails every later one with its own exception.
    private void Enqueue(Action write) =>
        _bulk = _bulk.ContinueWith(
            previous =>
            {
                previous.GetAwaiter().GetResult();
                write();
            },
            CancellationToken.None,
            TaskContinuationOptions.LongRunning,
            TaskScheduler.Default);

    private void WriteComputation(AnalyticsResult result, ComputationRecord record)
    {
        var years = result.ProcedureResults.Select(r => r.Year).Distinct().Order().ToArray();
        using var appender = _connection.CreateAppender(ResultTables.Computations);
        appender.CreateRow()
            .AppendValue(_id)
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
