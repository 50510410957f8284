using System.Text;
using Edu.Analytics;
using Edu.Analytics.Storage;
using Edu.Loading;
using Edu.Reference;
using Edu.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Edu.Reports.Tests.Support;

/// <summary>
/// data-samples loaded by the real loader into a DuckDB file in a temp folder and recomputed once.
/// The load clock is set so that the load history straddles the report month: one attempt just before
/// October 2025, the bulk in October, one attempt exactly at the start of November.
/// </summary>
public sealed class SampleRegion : IDisposable
{
    // The region's month: 30.09 23:59:59 МСК is 20:59:59 UTC, 01.11 00:00 МСК is 31.10 21:00 UTC.
    public static readonly DateTimeOffset BeforeMonth = new(2025, 9, 30, 23, 59, 59, TimeSpan.FromHours(3));
    public static readonly DateTimeOffset InMonth = new(2025, 10, 15, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset AfterMonth = new(2025, 11, 1, 0, 0, 0, TimeSpan.FromHours(3));

    /// <summary>«Now» when the reports are built: October 2025 is over.</summary>
    public static readonly DateTimeOffset ReportTime = new(2025, 11, 20, 12, 0, 0, TimeSpan.FromHours(3));

    public const string RegistryFile = "Справочник_ОО_2025.xlsx";

    public SampleRegion()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("edu-reports-").FullName;
        Database = new Database(System.IO.Path.Combine(Directory, "data", "analytics.duckdb"), Schema.Of(LoadingSchema.Migrations, AnalyticsSchema.Migrations));
        var clock = new FakeTimeProvider(BeforeMonth);
        var loader = new Loader(Database, new LoadSettings { Salt = Encoding.UTF8.GetBytes("test-salt"), User = "тест" }, MunicipalityDirectory.LoadDefault(), clock);
        var registry = System.IO.Path.Combine(RepoRoot.DataSamples, RegistryFile);
        Require(loader.Load(registry), LoadStatus.Loaded);

        clock.SetUtcNow(InMonth);
        var rejected = loader.LoadAll([RepoRoot.DataSamples]).Where(o => o.Status == LoadStatus.Rejected).ToList();
        if (rejected.Count > 0) throw new InvalidOperationException("data-samples did not load: " + string.Join("; ", rejected.SelectMany(o => o.Problems).Take(5)));

        clock.SetUtcNow(AfterMonth);
        Require(loader.Load(registry), LoadStatus.AlreadyLoaded);

        AnalyticsService.Recompute(Database, Options, clock);
    }

    public string Directory { get; }

    public Database Database { get; }

    public AnalyticsOptions Options { get; } = new();

    public FakeTimeProvider ReportClock { get; } = new(ReportTime);

    /// <summary>The region's clock of the reports: Moscow, whatever this machine's zone.</summary>
    public static RegionClock Clock { get; } = RegionClock.Of(new FakeTimeProvider(ReportTime));

    public string Output(string name) => System.IO.Path.Combine(Directory, "out", name);

    private static void Require(LoadOutcome outcome, LoadStatus status)
    {
        if (outcome.Status != status) throw new InvalidOperationException($"{outcome.Status}: {string.Join("; ", outcome.Problems.Take(5))}");
    }

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
