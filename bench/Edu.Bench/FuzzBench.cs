using System.Diagnostics;
using System.Globalization;
using System.Text;
using Edu.Generation.Fuzzing;
using Edu.Loading;
using Edu.Loading.Reading;
using Edu.Reference;
using Edu.Storage;

namespace Edu.Bench;

/// <summary>
/// «edu-bench fuzz [--minutes 10] [--seed S]»: the test suite's fuzz campaign run for minutes over every kind of sample
/// file, printing counts as it goes and, at the end, each case that crashed, ran past the per-file bound or changed
/// the data although refused (replay one with the same seed: case i is always the same file).
/// </summary>
internal static class FuzzBench
{
    private static readonly string[] Samples =
    [
        "Справочник_ОО_2025.xlsx", "Контекст_ОО_2025.xlsx", "ВПР_отметки_2025.xlsx", "ВПР_2025_Математика_5.xlsx", "ОГЭ_2025_02_Математика.xlsx",
        "ЕГЭ_2023.csv", "ЕГЭ_2025.xlsx", "Охват_ДО_01.10.2025.xlsx", "Целевые_показатели.xlsx",
    ];

    private static readonly TimeSpan LoaderBound = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan PerFileBound = TimeSpan.FromSeconds(90);

    public static int Run(TimeSpan duration, int seed, string folder)
    {
        var root = RepoRoot();
        var dir = Path.Combine(folder, "fuzz-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(dir);
        var database = BenchDatabase.At(Path.Combine(dir, "fuzz.duckdb"));
        var loader = new Loader(database,
            new LoadSettings { Salt = Encoding.UTF8.GetBytes("bench-fuzz-salt"), User = "fuzz", Limits = ReaderLimits.Default with { MaxLoadTime = LoaderBound } },
            MunicipalityDirectory.LoadDefault(), TimeProvider.System);
        loader.Load(Path.Combine(root, "data-samples", "Справочник_ОО_2025.xlsx"));

        var campaign = new FuzzCampaign(Samples.Select(s => Path.Combine(root, "data-samples", s)).ToList(), Path.Combine(dir, "cases"),
            path => loader.Load(path).Status, () => Checksum(database), PerFileBound);
        Console.WriteLine($"Fuzzing for {duration.TotalMinutes:0.#} min, seed {seed}, per-file bound {PerFileBound.TotalSeconds:0} s (loader's own: {LoaderBound.TotalSeconds:0} s); work folder {dir}");
        var clock = Stopwatch.StartNew();
        var report = campaign.Run(seed, cases: null, duration, r => Console.WriteLine($"[{clock.Elapsed:mm\\:ss}] {r}"));

        Console.WriteLine();
        Console.WriteLine($"Done in {clock.Elapsed:mm\\:ss}: {report}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.Cases / clock.Elapsed.TotalMinutes:0} cases/min"));
        foreach (var failure in report.Failures) Console.WriteLine("FAIL " + failure);
        return report.Clean ? 0 : 2;
    }

    /// <summary>Row count and order-independent hash of every table but the load history (recording a refusal is its job).</summary>
    private static string Checksum(Database database)
    {
        using var connection = database.Open();
        var tables = connection.Rows("SELECT table_name FROM information_schema.tables WHERE table_name NOT IN ('loads', 'schema_version') ORDER BY 1", r => r.GetString(0));
        return string.Join("|", tables.Select(t => connection.Scalar<string>($"SELECT count(*)::VARCHAR || ':' || coalesce(sum(hash(t))::VARCHAR, '0') FROM \"{t}\" AS t")));
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Analytics.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Analytics.sln not found above the benchmark");
    }
}
