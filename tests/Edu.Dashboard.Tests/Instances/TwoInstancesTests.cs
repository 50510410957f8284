using System.Collections.Concurrent;
using System.Net;
using Edu.Dashboard.Tests.Support;
using Edu.Storage.Publishing;
using Npgsql;

namespace Edu.Dashboard.Tests.Instances;

/// <summary>
/// Two dashboard processes on one data folder and one PostgreSQL (Hangfire), one of them the writer (SPEC §14): both
/// serve pages while a file uploaded on the other one is loaded and recomputed by the writer, both switch to the new
/// version, a sign-in on one is good on the other, and each occurrence of a recurring job runs once.
/// </summary>
public sealed class TwoInstancesTests
{
    private const string File = "ЕГЭ 2023.xlsx";

    [Fact]
    public async Task Both_serve_pages_while_one_loads_and_switch_to_the_new_version_and_a_recurring_job_runs_once()
    {
        await using var schema = PostgresSchema.Create();
        using var seeded = new DashboardFactory();
        var data = Path.Combine(seeded.Folder, "data");
        var shared = new Dictionary<string, string?>
        {
            ["Database__Path"] = seeded.Database.Path,
            ["Privacy__Salt"] = DashboardFactory.Salt,
            ["Jobs__PostgreSqlConnectionString"] = schema.ConnectionString,
            ["Jobs__PostgreSqlSchema"] = schema.Name,
            ["Jobs__InboxFolder"] = Path.Combine(data, "inbox"),
            ["Jobs__ArchiveFolder"] = Path.Combine(data, "inbox-archive"),
            ["Jobs__RejectedFolder"] = Path.Combine(data, "inbox-rejected"),
            // Every second, so a test of a few seconds sees several occurrences of the recurring inbox scan.
            ["Jobs__InboxSchedule"] = "00:00:01",
            ["Jobs__InboxQuietPeriod"] = "00:00:00",
            ["Jobs__PollInterval"] = "00:00:00.2",
            ["Jobs__RecomputeDelay"] = "00:00:00",
            ["Jobs__RetryAttempts"] = "0",
            ["Reports__Folder"] = Path.Combine(data, "reports"),
        };
        using var writer = await DashboardProcess.Start(new Dictionary<string, string?>(shared) { ["Jobs__DuckDbWriter"] = "true" });
        using var other = await DashboardProcess.Start(new Dictionary<string, string?>(shared) { ["Jobs__DuckDbWriter"] = "false" });
        var onWriter = await writer.SignedIn("analyst");
        var onOther = await other.SignedIn("analyst");

        var loadsBefore = PageFigures.Loads(await onWriter.GetStringAsync("/"));
        PageFigures.Loads(await onOther.GetStringAsync("/")).Should().Be(loadsBefore, "both read the one published version");
        var computationBefore = PageFigures.Computation(await onOther.GetStringAsync("/shnor"));

        var statuses = new ConcurrentQueue<(string Instance, string Page, HttpStatusCode Status)>();
        using var stop = new CancellationTokenSource();
        var watching = Task.WhenAll(Watch("writer", onWriter, statuses, stop.Token), Watch("other", onOther, statuses, stop.Token));

        // Uploaded on the instance that does not write: queued in PostgreSQL, loaded and recomputed by the writer.
        var upload = SeedFiles.Xlsx(Path.Combine(seeded.Folder, "upload"), File,
            ["Год", "Код ОО", "Код предмета", "Кол-во участников", "Средний тестовый балл", "Не преодолели минимальный порог, чел.", "81–100 баллов, чел.", "100 баллов, чел."],
            [2023, "410001", "1", 38, 66.1, 2, 7, 0]);
        (await UploadForm.Upload(onOther, (File, System.IO.File.ReadAllBytes(upload)))).Should().Contain("поставлен в очередь загрузки");
        foreach (var (name, client) in new[] { ("writer", onWriter), ("other", onOther) })
        {
            await JobsWait.Until(() => Figures(client) == (loadsBefore + 1, computationBefore + 1), $"the {name} instance shows the load and its recompute");
        }
        await stop.CancelAsync();
        await watching;

        statuses.Should().Contain(s => s.Instance == "other").And.Contain(s => s.Instance == "writer");
        statuses.Should().OnlyContain(s => s.Status == HttpStatusCode.OK, "both instances answer every page while the writer loads and publishes");
        (await onWriter.GetStringAsync("/loads")).Should().Contain(File);

        // A sign-in made on one instance is good on the other: the keys live in the shared data folder.
        using var borrowed = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = other.Address };
        var cookie = await SignInCookie(writer);
        using (var request = new HttpRequestMessage(HttpMethod.Get, "/schools") { Headers = { { "Cookie", cookie } } })
            (await borrowed.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.OK);

        await AssertRecurringScanRanOncePerOccurrence(schema);
        var published = new DataFiles(seeded.Database.Path);
        PublishedVersion.Read(published)!.Version.Should().BeGreaterThan(1);
    }

    private static (long Loads, long Computation) Figures(HttpClient client) =>
        (PageFigures.Loads(client.GetStringAsync("/").GetAwaiter().GetResult()), PageFigures.Computation(client.GetStringAsync("/shnor").GetAwaiter().GetResult()));

    private static async Task Watch(string instance, HttpClient client, ConcurrentQueue<(string, string, HttpStatusCode)> statuses, CancellationToken stop)
    {
        string[] pages = ["/", "/schools", "/shnor", "/loads", "/municipalities"];
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var page = pages[i % pages.Length];
            using var response = await client.GetAsync(page, CancellationToken.None);
            statuses.Enqueue((instance, page, response.StatusCode));
        }
    }

    private static async Task<string> SignInCookie(DashboardProcess instance)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = instance.Address };
        (await DashboardFactory.SignIn(client, "analyst", "analyst-demo")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        return handler.CookieContainer.GetCookieHeader(instance.Address);
    }

    /// <summary>
    /// Hangfire records the occurrence («Time») and the recurring job of every job it creates from a schedule; one
    /// execution per occurrence means neither instance ran the scan the other had run.
    /// </summary>
    private static async Task AssertRecurringScanRanOncePerOccurrence(PostgresSchema schema)
    {
        var sql = $"""
            SELECT time.value, count(*) FROM {schema.Name}.jobparameter time
            JOIN {schema.Name}.jobparameter recurring ON recurring.jobid = time.jobid AND recurring.name = 'RecurringJobId' AND recurring.value = '"inbox-scan"'
            JOIN {schema.Name}.state processing ON processing.jobid = time.jobid AND processing.name = 'Processing'
            WHERE time.name = 'Time'
            GROUP BY time.value
            """;
        await using var connection = new NpgsqlConnection(schema.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var runs = new List<long>();
        while (await reader.ReadAsync()) runs.Add(reader.GetInt64(1));
        runs.Should().HaveCountGreaterThanOrEqualTo(2, "the scan is scheduled every second").And.OnlyContain(n => n == 1, "each occurrence ran once");
    }
}
