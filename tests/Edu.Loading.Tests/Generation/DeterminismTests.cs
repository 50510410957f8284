using Edu.Generation;

namespace Edu.Loading.Tests.Generation;

public sealed class DeterminismTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("edu-gen-det-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Same_seed_gives_byte_identical_files()
    {
        var options = new GeneratorOptions { Schools = 30, Years = 2, Seed = 5, IndividualProcedures = IndividualProcedureSelection.Sample };
        var first = RegionGenerator.Generate(options, Path.Combine(_dir, "a"));
        RegionGenerator.Generate(options, Path.Combine(_dir, "b"));

        foreach (var name in first.Files.Select(f => f.Path).Append(GenerationManifest.FileName))
        {
            File.ReadAllBytes(Path.Combine(_dir, "b", name)).Should().Equal(File.ReadAllBytes(Path.Combine(_dir, "a", name)), name);
        }
    }

    [Fact]
    public void Another_seed_gives_another_region()
    {
        var options = new GeneratorOptions { Schools = 30, Years = 1, Kinds = [GeneratedKind.Schools] };
        RegionGenerator.Generate(options with { Seed = 1 }, Path.Combine(_dir, "a"));
        var manifest = RegionGenerator.Generate(options with { Seed = 2 }, Path.Combine(_dir, "b"));

        var name = manifest.Files.Single().Path;
        File.ReadAllBytes(Path.Combine(_dir, "b", name)).Should().NotEqual(File.ReadAllBytes(Path.Combine(_dir, "a", name)));
    }
}
