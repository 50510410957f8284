using System.Text;
using Edu.Analytics;
using Edu.Analytics.Storage;
using Edu.Loading;
using Edu.Reference;

namespace Edu.Dashboard.Tests.Support;

/// <summary>
/// The dashboard over most of data-samples (three years of ВПР marks, ЕГЭ and context, targets and coverage, the
/// committee's decisions, rosters and reported values;
/// not the large individual-results files) with the analytics computed: ШНОР, ШФНСУ, stable lists,
/// mentors and indicator statuses all have rows. Loading takes some seconds, so one instance serves the collection.
/// </summary>
public sealed class SampleRegion : IDisposable
{
    private static readonly string[] Patterns =
        [
            "Справочник_ОО_*.xlsx", "Контекст_ОО_*.xlsx", "ВПР_отметки_*.xlsx", "ЕГЭ_*", "Целевые_показатели.xlsx", "Охват_ДО_01.01.*.xlsx", "Охват_ДО_01.07.*.xlsx",
            "Значения_показателей.xlsx", "Участники_проектов.xlsx", "Решения_и_поручения.xlsx", "Самодиагностика_*.xlsx",
        ];

    public SampleRegion()
    {
        var loader = new Loader(App.Database, new LoadSettings { Salt = Encoding.UTF8.GetBytes(DashboardFactory.Salt), User = "seed" }, MunicipalityDirectory.LoadDefault(), TimeProvider.System);
        // The registry first: results of schools it does not know are rejected.
        foreach (var file in Patterns.SelectMany(p => Directory.EnumerateFiles(Folder, p).Order(StringComparer.Ordinal)))
        {
            var outcome = loader.Load(file);
            if (outcome.Status != LoadStatus.Loaded) throw new InvalidOperationException($"Sample {file} was not loaded: {string.Join("; ", outcome.Problems.Take(3))}");
        }
        AnalyticsService.Recompute(App.Database, Options, TimeProvider.System);
    }

    public DashboardFactory App { get; } = new() { PageSize = 20 };

    public AnalyticsOptions Options { get; } = new();

    private static string Folder => Path.Combine(Repository.Root, "data-samples");

    public void Dispose() => App.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SampleRegionCollection : ICollectionFixture<SampleRegion>
{
    public const string Name = "sample region";
}
