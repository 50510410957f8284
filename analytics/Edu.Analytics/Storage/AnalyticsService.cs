using System.Diagnostics;
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
        // Only the bulk results need the ВПР marks and ЕГЭ rows (the task sums are held by the task results until they are done).
        input = input with { VprMarks = [], Ege = [], TaskSums = [] };
        var computed = AnalyticsEngine.Compute(input, procedureResults, options, asOf, timings);
        var result = computed with { Messages = [.. readMessages, .. computed.Messages] };
        var engineTime = watch.Elapsed;
        var summary = YearSummary.From(result);
        var record = new ComputationRecord(now, asOf, input.Schools.Count, input.IndividualWorkCount, readTime, engineTime, JsonSerializer.Serialize(options));

        // The input is not needed any more; at country scale it is the bulk of the memory.
        input = null;
        watch.Restart();
        var id = save.Finish(result, record);
        var saveTime = beginTime + watch.Elapsed;
        timings.Add("сохранение", saveTime);
        return new RecomputeReport(id, asOf, summary, result.Messages, readTime, engineTime, saveTime, timings.Steps);
    }
}
