using System.Diagnostics;
using System.Globalization;
using System.Text;
using Edu.Generation;
using Edu.Loading;
using Edu.Reference;
using ExcelDataReader;

namespace Edu.Bench;

/// <summary>
/// SPEC §10 ingest benchmark: our full ingest (parse + validate + append + commit) of a large
/// vpr-individual file next to a bare ExcelDataReader pass over the same file. Each measurement
/// runs in its own child process so that its peak memory is its own.
/// </summary>
internal static class IngestBench
{
    public static int Run(int rows, string workDir)
    {
        Directory.CreateDirectory(workDir);
        var file = Path.Combine(workDir, $"vpr-individual-{rows}.xlsx");
        var registryDir = Path.Combine(workDir, "registry");
        Console.WriteLine($"Generating {rows:N0}-row vpr-individual file and the region's schools registry in {workDir} …");
        if (!File.Exists(file)) VprIndividualBenchFile.Write(file, rows);
        if (!Directory.Exists(registryDir)) RegionGenerator.Generate(new GeneratorOptions { Kinds = [GeneratedKind.Schools] }, registryDir);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"File: {new FileInfo(file).Length / 1024.0 / 1024.0:0.0} MB, {rows:N0} rows; machine: {Environment.ProcessorCount} cores"));

        var bare = Child("bare", file);
        var ours = Child("ingest", file, registryDir, Path.Combine(workDir, "bench.duckdb"));
        Console.WriteLine();
        Console.WriteLine(bare.Format());
        Console.WriteLine(ours.Format());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Full ingest / bare read: {ours.Seconds / bare.Seconds:0.00}× (target ≤ 1.5×); peak memory of ingest {ours.PeakBytes / 1024 / 1024} MB (target < 200 MB)"));
        return 0;
    }

    public static Measurement Bare(string file)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var watch = Stopwatch.StartNew();
        long rows = 0, cells = 0;
        using (var stream = File.OpenRead(file))
        using (var reader = ExcelReaderFactory.CreateReader(stream))
        {
            do
            {
                while (reader.Read())
                {
                    rows++;
                    for (var i = 0; i < reader.FieldCount; i++)
                        if (reader.GetValue(i) is not null) cells++;
                }
            }
            while (reader.NextResult());
        }
        return new Measurement("bare read (ExcelDataReader)", watch.Elapsed.TotalSeconds, rows, new FileInfo(file).Length, PeakMemory.Bytes());
    }

    public static Measurement Ingest(string file, string registryDir, string databasePath)
    {
        foreach (var f in new[] { databasePath, databasePath + ".wal" }) File.Delete(f);
        var database = BenchDatabase.At(databasePath);
        var loader = new Loader(database, new LoadSettings { Salt = Encoding.UTF8.GetBytes("bench"), User = "bench" }, MunicipalityDirectory.LoadDefault(), TimeProvider.System);
        var registry = loader.LoadAll([registryDir]);
        if (registry.Any(o => o.Status != LoadStatus.Loaded)) throw new InvalidOperationException("registry did not load: " + string.Join("; ", registry.SelectMany(o => o.Problems)));

        var watch = Stopwatch.StartNew();
        var outcome = loader.Load(file);
        watch.Stop();
        if (outcome.Status != LoadStatus.Loaded)
            throw new InvalidOperationException("bench file was rejected: " + string.Join("; ", outcome.Problems.Take(5)));
        return new Measurement("full ingest (parse+validate+append)", watch.Elapsed.TotalSeconds, outcome.Rows, new FileInfo(file).Length, PeakMemory.Bytes());
    }

    internal static Measurement Child(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add(typeof(IngestBench).Assembly.Location);
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"child {args[0]} failed: {output}");
        return Measurement.FromJson(output.Trim().Split('\n')[^1]);
    }
}
