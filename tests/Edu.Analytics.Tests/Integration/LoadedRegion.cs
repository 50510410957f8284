using System.Text;
using Edu.Analytics.Storage;
using Edu.Generation;
using Edu.Loading;
using Edu.Reference;
using Edu.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Edu.Analytics.Tests.Integration;

/// <summary>
/// A generated region loaded by the real loader into a DuckDB file in a temp folder, then recomputed.
/// Deleted with the folder.
/// </summary>
public sealed class LoadedRegion : IDisposable
{
    // Statuses of targets depend on the date; a fixed clock keeps them stable.
    public static readonly DateTimeOffset Now = new(2025, 9, 1, 10, 0, 0, TimeSpan.FromHours(3));

    public LoadedRegion(GeneratorOptions options)
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("edu-analytics-").FullName;
        var files = Path.Combine(Directory, "in");
        Manifest = RegionGenerator.Generate(options, files);
        Database = new Database(Path.Combine(Directory, "data", "analytics.duckdb"), Schema.Of(LoadingSchema.Migrations, AnalyticsSchema.Migrations));
        var loader = new Loader(Database, new LoadSettings { Salt = Encoding.UTF8.GetBytes("test-salt"), User = "тест" }, MunicipalityDirectory.LoadDefault(), Time);
        var outcomes = loader.LoadAll([files]);
        var rejected = outcomes.Where(o => o.Status != LoadStatus.Loaded).ToList();
        if (rejected.Count > 0)
        {
            throw new InvalidOperationException("generated files did not load: " + string.Join("; ", rejected.SelectMany(o => o.Problems).Take(5)));
        }

        Report = AnalyticsService.Recompute(Database, Options, Time);
    }

    public string Directory { get; }

    public GenerationManifest Manifest { get; }

    public Database Database { get; }

    public AnalyticsOptions Options { get; } = new();

    public FakeTimeProvider Time { get; } = new(Now);

    public RecomputeReport Report { get; }

    public int LastYear => Manifest.Years.Max();

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
