using System.Globalization;
using System.Text;
using Edu.Dashboard.Access;
using Edu.Dashboard.Charts;
using Edu.Dashboard.Data;
using Edu.Dashboard.Tests.Support;
using Edu.Loading;
using Edu.Reference;
using Edu.Storage.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace Edu.Dashboard.Tests;

/// <summary>The pages' cache of query results: keyed by scope and data version, so it never shows another scope's rows or stale data.</summary>
public sealed class CacheTests : IDisposable
{
    private readonly DashboardFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_municipal_user_never_gets_the_cached_table_of_another_scope()
    {
        var analyst = await _app.SignedIn("analyst");
        (await analyst.GetStringAsync("/schools")).Should().Contain(SeedFiles.GatchinaName);
        var version = _app.Services.GetRequiredService<DataVersions>().Current();
        var cache = _app.Services.GetRequiredService<DataCache>();
        cache.Contains(new DataCacheKey("table:schools", "", version, UserScope.Region)).Should().BeTrue("the region's rows are cached now");

        var luga = await _app.SignedIn("luga");
        var html = await luga.GetStringAsync("/schools");
        html.Should().Contain("Найдено: 2").And.Contain("Толмачёвская").And.NotContain(SeedFiles.GatchinaName).And.NotContain("Лицей № 8");
        cache.Contains(new DataCacheKey("table:schools", "", version, UserScope.Of("Лужский район"))).Should().BeTrue("the municipality has an entry of its own");
        (await luga.GetStringAsync("/")).Should().NotContain("Гатчинский");
        (await analyst.GetStringAsync("/schools")).Should().Contain(SeedFiles.GatchinaName, "the municipal entry does not replace the region's");
    }

    [Fact]
    public async Task A_chart_is_rendered_once_per_parameters_and_then_served_from_the_cache()
    {
        var client = await _app.SignedIn("analyst");
        static async Task<string> CacheState(HttpClient c, string url)
        {
            using var response = await c.GetAsync(url);
            response.EnsureSuccessStatusCode();
            return response.Headers.GetValues(ChartCache.CacheHeader).Single();
        }

        (await CacheState(client, "/charts/resilience.png?year=2025")).Should().Be("miss");
        (await CacheState(client, "/charts/resilience.png?year=2025")).Should().Be("hit");
        (await CacheState(client, "/charts/resilience.png?year=2024")).Should().Be("miss", "other parameters are another chart");
        (await CacheState(await _app.SignedIn("luga"), "/charts/resilience.png?year=2025")).Should().Be("miss", "a municipal user's chart is its own");
    }

    [Fact]
    public async Task A_load_and_recompute_through_the_writer_queue_are_seen_on_the_next_request()
    {
        var client = await _app.SignedIn("analyst");
        (await client.GetStringAsync("/loads")).Should().NotContain("ЕГЭ 2023.xlsx");
        (await client.GetStringAsync("/shnor")).Should().Contain("расчёт № 1");

        var file = SeedFiles.Xlsx(Path.Combine(_app.Folder, "upload"), "ЕГЭ 2023.xlsx",
            ["Год", "Код ОО", "Код предмета", "Кол-во участников", "Средний тестовый балл", "Не преодолели минимальный порог, чел.", "81–100 баллов, чел.", "100 баллов, чел."],
            [2023, "410001", "1", 38, 66.1, 2, 7, 0]);
        await UploadForm.Upload(client, ("ЕГЭ 2023.xlsx", File.ReadAllBytes(file)));
        await JobsWait.Idle(_app);

        (await client.GetStringAsync("/loads")).Should().Contain("ЕГЭ 2023.xlsx");
        (await client.GetStringAsync("/shnor")).Should().Contain("расчёт № 2", "the load asked for a recompute, which made a new computation");
    }

    [Fact]
    public async Task The_data_version_follows_a_load_made_outside_the_app()
    {
        var versions = _app.Services.GetRequiredService<DataVersions>();
        // Past the settle margin of the first publish, so the version is taken from the pointer's stamp, not read again.
        await Task.Delay(PublishedDatabase.SettleMargin + TimeSpan.FromMilliseconds(500));
        var before = versions.Current();
        versions.Current().Should().Be(before);

        // Another writer, not the app's queue, and not even a writer session: the working file gets ahead of the
        // published version, and the next reader publishes it (as after a writer killed between commit and publish).
        var loader = new Loader(_app.Database, new LoadSettings { Salt = Encoding.UTF8.GetBytes(DashboardFactory.Salt), User = "cli" },
            MunicipalityDirectory.LoadDefault(), TimeProvider.System);
        var file = SeedFiles.Xlsx(Path.Combine(_app.Folder, "cli"), "ЕГЭ 2022.xlsx",
            ["Год", "Код ОО", "Код предмета", "Кол-во участников", "Средний тестовый балл", "Не преодолели минимальный порог, чел.", "81–100 баллов, чел.", "100 баллов, чел."],
            [2022, "410001", "1", 30, 61.5, 1, 4, 0]);
        loader.Load(file).Status.Should().Be(LoadStatus.Loaded);

        versions.Current().Published.Should().Be(before.Published + 1);
    }

    [Fact]
    public async Task Load_times_are_shown_in_Moscow_time_with_the_zone_named()
    {
        var utc = _app.Scalar<DateTime>("SELECT loaded_at FROM loads WHERE file_name = 'ЕГЭ 2024.xlsx'");
        var client = await _app.SignedIn("analyst");
        var expected = utc.AddHours(3).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture) + " МСК";
        (await client.GetStringAsync("/loads")).Should().Contain(expected);
        (await client.GetStringAsync("/")).Should().Contain(expected);
        var computed = _app.Scalar<DateTime>("SELECT computed_at FROM analytics_computations");
        (await client.GetStringAsync("/shnor")).Should().Contain("Аналитика рассчитана " + computed.AddHours(3).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture) + " МСК");
    }
}
