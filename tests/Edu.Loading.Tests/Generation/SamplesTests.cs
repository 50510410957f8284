using Edu.Generation;
using Edu.Loading.Tests.Support;

namespace Edu.Loading.Tests.Generation;

/// <summary>
/// The committed data-samples/ are what «./edu generate --profile sample --seed 47» writes: the same files, the same
/// cells and number formats (what the loader reads), the same CSV and manifest bytes. The .xlsx bytes may differ from
/// the committed ones: those were written before the generator moved to SpreadCheetah (etl/Edu.Generation/README.md).
/// </summary>
public sealed class SamplesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("edu-gen-samples-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Regenerating_the_sample_profile_gives_the_committed_samples_cell_for_cell()
    {
        var samples = Path.Combine(RepoPaths.Root, "data-samples");
        var manifest = RegionGenerator.Generate(new GeneratorOptions { Seed = 47 }.AsSample(), _dir);

        var committed = Directory.GetFiles(samples).Select(Path.GetFileName).Where(n => n != "README.md").Order(StringComparer.Ordinal);
        committed.Should().Equal(manifest.Files.Select(f => f.Path).Append(GenerationManifest.FileName).Order(StringComparer.Ordinal));
        foreach (var name in committed)
        {
            var (expected, actual) = (Path.Combine(samples, name!), Path.Combine(_dir, name!));
            if (!name!.EndsWith(".xlsx", StringComparison.Ordinal))
            {
                File.ReadAllBytes(actual).Should().Equal(File.ReadAllBytes(expected), name);
                continue;
            }

            var (want, got) = (SheetRows.Read(expected), SheetRows.Read(actual));
            got.Should().HaveSameCount(want, name);
            for (var row = 0; row < want.Count; row++)
            {
                got[row].Values.Should().Equal(want[row].Values, $"{name}, row {row + 1}");
                got[row].Formats.Should().Equal(want[row].Formats, $"{name}, row {row + 1}");
            }
        }
    }
}
