using System.Diagnostics;
using System.Globalization;
using Edu.Analytics;
using Edu.Analytics.Storage;
using Edu.Storage;

namespace Edu.Bench;

/// <summary>
/// SPEC §10 recompute benchmark: read → engine → save on a region of N schools × 3 years (built once
/// per N by <see cref="SyntheticRegion"/> and cached in the work folder). The recompute runs in a child
/// process so that its peak memory (VmHWM) is its own, not the database builder's.
/// </summary>
internal static class RecomputeBench
{
    public const int RegionSchools = 350;
    public const int CountrySchools = 40_000;

    // SPEC §10 targets for the country scale.
    private const double TargetSeconds = 60;
    private const long TargetPeakBytes = 4L * 1024 * 1024 * 1024;

    public static int Run(IReadOnlyList<int> schoolCounts, string workDir)
    {
        Directory.CreateDirectory(workDir);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores; databases cached in {workDir}"));
        var results = new List<RecomputeMeasurement>();
        foreach (var schools in schoolCounts)
        {
            var path = Database(workDir, schools);
            var measurement = Child(path, schools);
            Console.WriteLine(measurement.Format());
            foreach (var line in measurement.FormatSteps())
            {
                Console.WriteLine(line);
            }

            results.Add(measurement);
        }

        Console.WriteLine();
        foreach (var m in results)
        {
            Console.WriteLine(m.Format());
        }

        if (results.FirstOrDefault(m => m.Schools >= CountrySchools) is { } country)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Country scale: {country.TotalSeconds:0.0} s (target < {TargetSeconds:0} s), peak {country.PeakBytes / 1024 / 1024} MB (target < {TargetPeakBytes / 1024 / 1024} MB)"));
        }

        return 0;
    }

    /// <summary>The synthetic region of <paramref name="schools"/> schools in the work folder, built once per size and shape.</summary>
    public static string Database(string workDir, int schools)
    {
        var path = Path.Combine(workDir, string.Create(CultureInfo.InvariantCulture, $"recompute-{schools}-shape{SyntheticRegion.Shape}.duckdb"));
        if (!File.Exists(path))
        {
            var watch = Stopwatch.StartNew();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Building synthetic data for {schools:N0} schools × 3 years …"));
            SyntheticRegion.Build(path, schools);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  built in {watch.Elapsed.TotalSeconds:0.0} s, {new FileInfo(path).Length / 1024.0 / 1024.0:0} MB"));
        }

        return path;
    }

    /// <summary>The measured child: one recompute of the database at <paramref name="path"/>.</summary>
    public static RecomputeMeasurement Measure(string path, int schools)
    {
        var watch = Stopwatch.StartNew();
        var report = AnalyticsService.Recompute(BenchDatabase.At(path), new AnalyticsOptions(), TimeProvider.System);
        watch.Stop();
        using var connection = BenchDatabase.At(path).Open();
        var works = connection.Scalar<long>("SELECT individual_works FROM analytics_computations WHERE computation_id = $p0", report.ComputationId);
        return new RecomputeMeasurement(
            schools,
            works,
            report.ReadTime.TotalSeconds,
            report.EngineTime.TotalSeconds,
            report.SaveTime.TotalSeconds,
            watch.Elapsed.TotalSeconds,
            PeakMemory.Bytes(),
            report.Steps.Select(s => new RecomputeStep(s.Name, s.Elapsed.TotalSeconds)).ToList());
    }

    public static RecomputeMeasurement Child(string path, int schools)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add(typeof(RecomputeBench).Assembly.Location);
        info.ArgumentList.Add("recompute-run");
        info.ArgumentList.Add(path);
        info.ArgumentList.Add(schools.ToString(CultureInfo.InvariantCulture));
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"recompute child failed: {output}");
        return RecomputeMeasurement.FromJson(output.Trim().Split('\n')[^1]);
    }
}
