using Edu.Generation;

namespace Edu.Loading.Tests.Generation;

/// <summary>One small generated region shared read-only by the generator tests (generation takes about a second).</summary>
public sealed class GeneratedRegionFixture : IDisposable
{
    public GeneratedRegionFixture()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("edu-gen-").FullName;
        Options = new GeneratorOptions
        {
            Schools = 60,
            Years = 3,
            Seed = 11,
            IndividualProcedures = IndividualProcedureSelection.Sample,
        };
        Manifest = RegionGenerator.Generate(Options, Directory);
    }

    public string Directory { get; }

    public GeneratorOptions Options { get; }

    public GenerationManifest Manifest { get; }

    public string PathOf(GeneratedFile file) => System.IO.Path.Combine(Directory, file.Path);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
