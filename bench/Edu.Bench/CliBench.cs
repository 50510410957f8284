using System.Diagnostics;
using System.Globalization;

namespace Edu.Bench;

/// <summary>
/// SPEC §14: how long «./edu» takes to start when nothing changed. «before» repeats what ./edu did until the build
/// stamp: an incremental «dotnet build» of the CLI, then the command; «after» is ./edu as it is now. Both export the
/// schools of the repository's database (load it first: ./edu up or ./edu load data-samples); «./edu help» shows the
/// bare start. Medians of N runs, wall clock, including the process starts.
/// </summary>
internal static class CliBench
{
    public static int Run(int runs)
    {
        var root = Repository.Root;
        var edu = Path.Combine(root, "edu");
        var output = Path.Combine(Path.GetTempPath(), "edu-bench-schools.csv");
        string[] export = ["export", "schools", "--out", output];
        if (!File.Exists(Path.Combine(root, "data", "analytics.duckdb")))
        {
            Console.WriteLine("No data/analytics.duckdb: run «./edu up» (or «./edu load data-samples») first.");
            return 1;
        }
        Time(edu, ["help"]);
        var dll = Path.Combine(root, "cli", "Edu.Cli", "bin", "Release", "net10.0", "linux-x64", "edu.dll");
        var build = new[] { "build", Path.Combine(root, "cli", "Edu.Cli", "Edu.Cli.csproj"), "-c", "Release", "-nologo", "-v", "q", "-clp:ErrorsOnly;NoSummary" };

        var before = Median(runs, () => Time("dotnet", build) + Time("dotnet", [dll, .. export]));
        var after = Median(runs, () => Time(edu, export));
        var bare = Median(runs, () => Time(edu, ["help"]));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"./edu export schools, unchanged checkout, median of {runs}: before (dotnet build + run) {before:0.00} s; after (build stamp) {after:0.00} s; ./edu help {bare:0.00} s"));
        return 0;
    }

    private static double Median(int runs, Func<double> measure)
    {
        var times = Enumerable.Range(0, runs).Select(_ => measure()).Order().ToList();
        return times[times.Count / 2];
    }

    private static double Time(string program, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repository.Root };
        foreach (var a in args) info.ArgumentList.Add(a);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return watch.Elapsed.TotalSeconds;
    }
}
