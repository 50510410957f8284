using System.Text;
using Edu.Generation.Fuzzing;
using Edu.Loading.Reading;
using Edu.Loading.Tests.Support;
using Edu.Reference;
using Xunit.Abstractions;

namespace Edu.Loading.Tests.Hostile;

/// <summary>
/// Real sample files, mutated at random with a fixed seed (bytes of the package, the XML of its parts, cell values,
/// a CSV's lines and encoding), loaded one after another: the loader always answers, within the per-file bound, and
/// a refused file leaves the data as it was. The benchmark runs the same campaign for minutes (`edu-bench fuzz`).
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output) : IDisposable
{
    // Small files of five kinds, so that the fixed number of cases stays quick.
    private static readonly string[] Samples =
        ["Справочник_ОО_2025.xlsx", "Контекст_ОО_2025.xlsx", "ЕГЭ_2023.csv", "ЕГЭ_2024.xlsx", "Охват_ДО_01.10.2025.xlsx", "Целевые_показатели.xlsx"];

    private const int Seed = 20240601;
    private const int Cases = 120;

    // The loader's own bound is 10 s here; a case taking 20 s would mean the bound itself did not hold.
    private static readonly TimeSpan LoaderBound = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan PerFileBound = TimeSpan.FromSeconds(20);

    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Mutated_sample_files_never_crash_never_run_past_the_bound_and_never_change_the_data_when_refused()
    {
        var loader = new Loader(_db.Database,
            new LoadSettings { Salt = Encoding.UTF8.GetBytes(TestDatabase.Salt), User = "fuzz", Limits = ReaderLimits.Default with { MaxLoadTime = LoaderBound } },
            MunicipalityDirectory.LoadDefault(), TimeProvider.System);
        loader.Load(Path.Combine(RepoPaths.Root, "data-samples", "Справочник_ОО_2025.xlsx")).Status.Should().Be(LoadStatus.Loaded);
        var campaign = new FuzzCampaign(Samples.Select(s => Path.Combine(RepoPaths.Root, "data-samples", s)).ToList(), Path.Combine(_db.Directory, "fuzz"),
            path => loader.Load(path).Status, () => string.Join("|", DatabaseSnapshot.Take(_db).Values), PerFileBound);

        var report = campaign.Run(Seed, Cases);

        output.WriteLine(report.ToString());
        foreach (var failure in report.Failures) output.WriteLine(failure);
        report.Cases.Should().Be(Cases);
        report.Failures.Should().BeEmpty();
        report.Clean.Should().BeTrue();
        report.Rejected.Should().BeGreaterThan(Cases / 3, "most mutations break the file");
        report.ByFamily.Keys.Should().Contain(["bytes", "xml", "package", "cell", "encoding"], "every kind of mutation was tried");
    }
}
