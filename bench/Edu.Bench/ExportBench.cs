using System.Diagnostics;
using System.Globalization;
using Edu.Analytics.Exports;
using Edu.Reference;
using Edu.Spreadsheets;
using Edu.Storage;

namespace Edu.Bench;

/// <summary>
/// «-- export [--schools N]»: the largest export, task-results of the whole recomputed synthetic region (millions of rows
/// at country scale), written as «./edu export» writes it — streamed, .xlsx and .csv — each in its own child process so
/// that its peak memory (VmHWM) is its own; then one municipality-year both streamed and held (ClosedXML, the writer of
/// every other export), to show what streaming saves where the held writer still copes.
/// </summary>
internal static class ExportBench
{
    public static int Run(int schools, string workDir)
    {
        var database = RecomputeBench.Database(workDir, schools);
        if (TaskRows(database, null) == 0)
        {
            Console.WriteLine("Recomputing once to fill task_results …");
            Console.WriteLine(RecomputeBench.Child(database, schools).Format());
        }

        var municipality = FirstMunicipality(database);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"task-results: {TaskRows(database, null):N0} rows in all; {municipality}, 2025: {TaskRows(database, municipality):N0}; machine: {Environment.ProcessorCount} cores"));
        var runs = new List<Measurement>
        {
            IngestBench.Child("export-run", database, Path.Combine(workDir, "task-results.xlsx"), "streamed", ""),
            IngestBench.Child("export-run", database, Path.Combine(workDir, "task-results.csv"), "streamed", ""),
            IngestBench.Child("export-run", database, Path.Combine(workDir, "task-results-one.xlsx"), "streamed", municipality),
            IngestBench.Child("export-run", database, Path.Combine(workDir, "task-results-one-held.xlsx"), "held", municipality),
        };
        foreach (var run in runs)
        {
            Console.WriteLine(run.Format() + string.Create(CultureInfo.InvariantCulture, $"   {run.Rows:N0} rows, file {run.Bytes / 1024.0 / 1024.0:0.0} MB"));
        }

        return 0;
    }

    /// <summary>The measured child: one export of the database, the whole table or one municipality's 2025 rows.</summary>
    public static Measurement Measure(string database, string output, string writer, string municipality)
    {
        using var connection = BenchDatabase.At(database).Open();
        var export = new TaskResultsExport { StreamAbove = 0 };
        var filter = municipality.Length == 0 ? ExportFilter.None : new ExportFilter(2025, municipality);
        File.Delete(output);
        var heading = DocumentHeading.ForExport(export.Title, [], new DateOnly(2025, 10, 31), RegionClock.Of(TimeProvider.System), "bench");
        var watch = Stopwatch.StartNew();
        long rows;
        if (writer == "held")
        {
            var table = export.Query(connection, filter);
            ExportWriter.Write(table, output, heading);
            rows = table.RowCount;
        }
        else
        {
            rows = export.Write(connection, filter, output, heading);
        }

        watch.Stop();
        var name = $"task-results {(municipality.Length == 0 ? "all" : "one municipality-year")} {Path.GetExtension(output)} {writer}";
        return new Measurement(name, watch.Elapsed.TotalSeconds, rows, new FileInfo(output).Length, PeakMemory.Bytes());
    }

    private static long TaskRows(string database, string? municipality)
    {
        using var connection = BenchDatabase.At(database).Open();
        return connection.Scalar<long>("SELECT count(*) FROM task_results WHERE $p0 IS NULL OR (year = 2025 AND municipality = $p0)", municipality);
    }

    private static string FirstMunicipality(string database)
    {
        using var connection = BenchDatabase.At(database).Open();
        return connection.Scalar<string>("SELECT min(municipality) FROM schools");
    }
}
