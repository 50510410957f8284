using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Edu.Reference;
using Edu.Storage;

namespace Edu.Analytics.Storage;

/// <summary>
/// Recompute = read the loaded data → run the engine → replace the stored results. The bulk results are stored while
/// the engine computes the rest: the save time reported is what the recompute waited for beyond the engine.
/// </summary>
public static class AnalyticsService
{
    // Optimized from its first call: the code .NET first runs a method with (tier 0, and this one runs once a process)
    // keeps every reference it ever held alive to the method's end, and so would keep the parts of the input let go of.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static RecomputeReport Recompute(Database database, AnalyticsOptions options, TimeProvider time)
    {
        using var connection = database.Open();
        // «Today» of the statuses is the region's date: a recompute at 01:00 МСК is on the region's new day, not the server's.
        var clock = RegionClock.Of(time);
        var now = clock.GetUtcNow();
        var asOf = clock.Today;

        var timings = new StepTimings();
        var watch = Stopwatch.StartNew();
        var readMessages = new List<string>();
        var input = AnalyticsInputReader.Read(connection, readMessages, timings);
        var readTime = watch.Elapsed;

        watch.Restart();
        using var save = ResultSave.Begin(connection, timings);
        var beginTime = watch.Elapsed;

        watch.Restart();
        var procedureResults = AnalyticsEngine.ComputeProcedureResults(input, options, timings);
        save.StartProcedureResults(procedureResults);
        // Task results (3.2 million rows at country scale) are computed as the save appends them, a few procedures ahead,
        // and never held whole: the result below goes without them.
        save.StartTaskResults(AnalyticsEngine.TaskResultsByProcedure(input, procedureResults, options));
        // At country scale the input is the bulk of the memory, so each part is let go of once nothing needs it: the ВПР
        // marks and ЕГЭ rows once the bulk results are computed (the task results hold the task sums until they are done),
        // the individual works once the scores are.
        var works = input.IndividualWorkCount;
        input = input with { VprMarks = [], Ege = [], TaskSums = [] };
        Collect("освобождение памяти: отметки ВПР и ЕГЭ", timings);
        var scores = AnalyticsEngine.Score(input, procedureResults, options, timings);
        input = input with { Works = [] };
        Collect("освобождение памяти: индивидуальные работы", timings);
        var computed = AnalyticsEngine.Compute(input, procedureResults, scores, options, asOf, timings);
        var result = computed with { Messages = [.. readMessages, .. computed.Messages] };
        var engineTime = watch.Elapsed;
        var summary = YearSummary.From(result);
        var record = new ComputationRecord(now, asOf, input.Schools.Count, works, readTime, engineTime, JsonSerializer.Serialize(options));
        watch.Restart();
        var id = save.Finish(result, record);
        var saveTime = beginTime + watch.Elapsed;
        timings.Add("сохранение", saveTime);
        return new RecomputeReport(id, asOf, summary, result.Messages, readTime, engineTime, saveTime, timings.Steps);
    }

    /// <summary>Collects what the recompute has just let go of.</summary>
    /// <remarks>
    /// What was let go of is hundreds of megabytes at country scale, long since promoted to the oldest generation: left to
    /// itself the GC would grow the heap by as much before its next full collection. Measured at country scale (40,000
    /// schools): peak 2.3–2.6 GB without the two collections, 1.9 GB with them; each takes 0.3–0.5 s, which does not lengthen
    /// the recompute, whose longest path is the save's thread.
    /// </remarks>
    private static void Collect(string step, StepTimings timings) => timings.Measure(step, () => GC.Collect());
}
