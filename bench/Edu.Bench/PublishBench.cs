using System.Globalization;
using Edu.Analytics;
using Edu.Analytics.Storage;
using Edu.Storage.Publishing;

namespace Edu.Bench;

/// <summary>
/// SPEC §14: what publishing a version costs — checkpoint, copy, flush to disk, renames — and the disk it takes, at
/// region and country scale. Runs on copies in the work folder, so a database in use is never touched. Without
/// --db: the recompute benchmark's synthetic regions of 350 and 40,000 schools (built and recomputed if missing).
/// </summary>
internal static class PublishBench
{
    public static int Run(IReadOnlyList<string> databases, IReadOnlyList<int> schoolCounts, int runs, string workDir)
    {
        Directory.CreateDirectory(workDir);
        var targets = databases.Select(d => (Name: Path.GetFileName(d), Source: d)).ToList();
        foreach (var schools in schoolCounts) targets.Add(($"{schools:N0} schools × 3 years (synthetic, recomputed)", Synthetic(workDir, schools)));

        foreach (var (name, source) in targets)
        {
            var path = Path.Combine(workDir, "publish-" + Path.GetFileName(source));
            Fresh(path);
            File.Copy(source, path);
            var database = BenchDatabase.At(path);
            var publisher = new Publisher(database);
            var seconds = new List<double>();
            PublishedVersion? last = null;
            for (var i = 0; i < runs; i++)
            {
                using var writer = WriterLock.Acquire(publisher.Files, "бенчмарк публикации", TimeSpan.FromMinutes(1));
                last = publisher.Publish(writer);
                seconds.Add(last.Seconds);
            }
            var megabytes = last!.Bytes / 1024.0 / 1024.0;
            var published = Directory.EnumerateFiles(publisher.Files.Published).Sum(f => new FileInfo(f).Length) / 1024.0 / 1024.0;
            seconds.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {megabytes:0} MB; publish {string.Join(" / ", seconds.Select(s => s.ToString("0.00", CultureInfo.InvariantCulture)))} s (median {seconds[seconds.Count / 2]:0.00} s, {megabytes / seconds[seconds.Count / 2]:0} MB/s); " +
                $"disk: working {new FileInfo(path).Length / 1024.0 / 1024.0:0} MB + published {published:0} MB (no reader holds an older version)"));
            Fresh(path);
        }
        return 0;
    }

    /// <summary>The recompute benchmark's database for <paramref name="schools"/>, with its analytics results.</summary>
    private static string Synthetic(string workDir, int schools)
    {
        var path = Path.Combine(workDir, string.Create(CultureInfo.InvariantCulture, $"recompute-{schools}.duckdb"));
        if (!File.Exists(path))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Building synthetic data for {schools:N0} schools × 3 years and computing it …"));
            SyntheticRegion.Build(path, schools);
            AnalyticsService.Recompute(BenchDatabase.At(path), new AnalyticsOptions(), TimeProvider.System);
        }
        return path;
    }

    private static void Fresh(string path)
    {
        var files = new DataFiles(path);
        if (Directory.Exists(files.Published)) Directory.Delete(files.Published, recursive: true);
        foreach (var f in new[] { path, path + ".wal", files.WriterLock, files.WriterNote }) File.Delete(f);
    }
}
