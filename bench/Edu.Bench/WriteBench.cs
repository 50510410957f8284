using System.Diagnostics;
using System.Globalization;
using Edu.Generation;

namespace Edu.Bench;

/// <summary>
/// «-- write»: time and peak memory of the generator writing the 200,000-row vpr-individual bench file, each run in
/// its own child process so that its peak memory is its own. The figures behind the choice of the .xlsx writer
/// (etl/Edu.Generation/README.md; the commit that still had the hand-written writer compares both).
/// </summary>
internal static class WriteBench
{
    public static int Run(int rows, int repeat, string workDir)
    {
        Directory.CreateDirectory(workDir);
        var path = Path.Combine(workDir, $"write-{rows}.xlsx");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Writing the {rows:N0}-row vpr-individual bench file {repeat}× in {workDir}; machine: {Environment.ProcessorCount} cores"));
        var runs = new List<Measurement>();
        for (var i = 0; i < repeat; i++)
        {
            var run = IngestBench.Child("write-run", path, rows.ToString(CultureInfo.InvariantCulture));
            Console.WriteLine(run.Format());
            runs.Add(run);
        }

        var seconds = runs.Select(r => r.Seconds).Order().ToList();
        var peak = runs.Select(r => r.PeakBytes).Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median {seconds[seconds.Count / 2]:0.00} s (min {seconds[0]:0.00}), median peak {peak[peak.Count / 2] / 1024.0 / 1024.0:0} MB, file {runs[0].Bytes / 1024.0 / 1024.0:0.0} MB"));
        return 0;
    }

    /// <summary>The measured child: writes the bench file.</summary>
    public static Measurement Measure(string path, int rows)
    {
        File.Delete(path);
        var watch = Stopwatch.StartNew();
        var file = VprIndividualBenchFile.Write(path, rows);
        watch.Stop();
        return new Measurement("write (generator, SpreadCheetah)", watch.Elapsed.TotalSeconds, file.Rows, new FileInfo(path).Length, PeakMemory.Bytes());
    }
}
