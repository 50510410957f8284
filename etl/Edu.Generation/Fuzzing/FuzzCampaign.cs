using System.Diagnostics;
using Edu.Reference;

namespace Edu.Generation.Fuzzing;

/// <summary>What a fuzz run found: counts by outcome, the slowest case, and every case that broke a promise.</summary>
public sealed class FuzzReport
{
    public int Cases { get; set; }

    public int Loaded { get; set; }

    public int Rejected { get; set; }

    public int AlreadyLoaded { get; set; }

    /// <summary>The loader threw instead of answering.</summary>
    public int Crashes { get; set; }

    /// <summary>A case took longer than the per-file bound.</summary>
    public int Hangs { get; set; }

    /// <summary>A refused file changed the data.</summary>
    public int ChangedOnRejection { get; set; }

    public TimeSpan Slowest { get; set; }

    public string SlowestCase { get; set; } = "";

    public Dictionary<string, int> ByFamily { get; } = new(StringComparer.Ordinal);

    public List<string> Failures { get; } = [];

    public bool Clean => Crashes == 0 && Hangs == 0 && ChangedOnRejection == 0;

    public override string ToString() =>
        $"cases {Cases}: loaded {Loaded}, rejected {Rejected}, already loaded {AlreadyLoaded}; crashes {Crashes}, over the per-file bound {Hangs}, " +
        $"data changed by a rejection {ChangedOnRejection}; slowest {Slowest.TotalSeconds:0.00} s ({SlowestCase}); by mutation: " +
        string.Join(", ", ByFamily.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key} {f.Value}"));
}

/// <summary>
/// Loads mutated copies of real sample files (<see cref="FileMutator"/>) one after another and checks the loader's
/// promises for each: it answers (no exception), within the per-file bound, and a refused file leaves the data as it
/// was. Case i of a seed is always the same file, so a failure can be replayed. The loader and the data checksum are
/// the caller's, so the same campaign serves the test suite and the benchmark.
/// </summary>
public sealed class FuzzCampaign(IReadOnlyList<string> samples, string workFolder, Func<string, LoadStatus> load, Func<string> dataChecksum, TimeSpan perFileBound)
{
    private readonly List<(string Name, byte[] Bytes)> _samples = samples.Select(p => (Path.GetFileName(p), File.ReadAllBytes(p))).ToList();

    /// <summary>Runs cases 0, 1, 2 … until <paramref name="cases"/> are done or <paramref name="duration"/> has passed.</summary>
    public FuzzReport Run(int seed, int? cases, TimeSpan? duration = null, Action<FuzzReport>? progress = null)
    {
        Directory.CreateDirectory(workFolder);
        var report = new FuzzReport();
        var clock = Stopwatch.StartNew();
        for (var i = 0; (cases is null || i < cases) && (duration is null || clock.Elapsed < duration); i++)
        {
            RunCase(seed, i, report);
            if (progress is not null && i % 50 == 49) progress(report);
        }
        return report;
    }

    private void RunCase(int seed, int index, FuzzReport report)
    {
        var random = new Random(HashCode.Combine(seed, index));
        var (name, bytes) = _samples[random.Next(_samples.Count)];
        var extension = Path.GetExtension(name);
        var mutant = FileMutator.Mutate(bytes, extension, random);
        var label = $"case {index} (seed {seed}): {name}, {mutant.Description}";
        var path = Path.Combine(workFolder, $"случай_{index}{extension}");
        File.WriteAllBytes(path, mutant.Bytes);
        report.Cases++;
        report.ByFamily[mutant.Family] = report.ByFamily.GetValueOrDefault(mutant.Family) + 1;

        var before = dataChecksum();
        var watch = Stopwatch.StartNew();
        try
        {
            var status = load(path);
            watch.Stop();
            switch (status)
            {
                case LoadStatus.Loaded:
                    report.Loaded++;
                    break;
                case LoadStatus.AlreadyLoaded:
                    report.AlreadyLoaded++;
                    break;
                default:
                    report.Rejected++;
                    if (dataChecksum() != before) Fail(report, r => r.ChangedOnRejection++, $"{label}: refused, but the data changed");
                    break;
            }
        }
        catch (Exception e)
        {
            watch.Stop();
            Fail(report, r => r.Crashes++, $"{label}: {e.GetType().Name}: {e.Message}");
        }
        if (watch.Elapsed > report.Slowest) (report.Slowest, report.SlowestCase) = (watch.Elapsed, label);
        if (watch.Elapsed > perFileBound) Fail(report, r => r.Hangs++, $"{label}: took {watch.Elapsed.TotalSeconds:0.0} s");
        File.Delete(path);
    }

    private static void Fail(FuzzReport report, Action<FuzzReport> count, string what)
    {
        count(report);
        if (report.Failures.Count < 50) report.Failures.Add(what);
    }
}
