using System.Collections.Concurrent;
using Edu.Dashboard.Data;
using Edu.Dashboard.Tests.Support;
using Edu.Jobs;
using Edu.Loading;
using Edu.Reference;
using Edu.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Edu.Dashboard.Tests;

/// <summary>
/// SPEC §14 with the real command line (a child process) beside the real app: pages never wait for a load or a
/// recompute and switch to its results when they are published; ./edu export never waits; ./edu load waits for the
/// app's writer job, saying so, and then loads with its usual lines and exit code.
/// </summary>
public sealed class OneWriterTests : IDisposable
{
    private const string BigFile = "ВПР 2023 Математика 5.csv";

    private static readonly string[] Pages = ["/", "/shnor", "/schools", "/loads", "/resilience"];

    private readonly DashboardFactory _app = new();

    public void Dispose() => _app.Dispose();

    private WriterGate Gate => _app.Services.GetRequiredService<WriterGate>();

    [Fact]
    public async Task Pages_answer_throughout_a_command_line_load_and_compute_with_the_old_figures_then_the_new()
    {
        var file = SeedFiles.LargeVprIndividual(Path.Combine(_app.Folder, "big"), BigFile, 2023, 150_000);
        var clients = new[] { await _app.SignedIn("analyst"), await _app.SignedIn("analyst"), await _app.SignedIn("admin") };
        var loadsBefore = PageFigures.Loads(await clients[0].GetStringAsync("/"));
        var computationBefore = PageFigures.Computation(await clients[0].GetStringAsync("/shnor"));

        using var cli = EduCli.Start(_app, "load", file);
        var seen = new ConcurrentQueue<Seen>();
        var watchers = clients.Select((c, i) => Watch(c, i, () => cli.HasExited, seen)).ToList();
        (await cli.Exit()).Should().Be(0, cli.Output);
        await Task.WhenAll(watchers);

        cli.Output.Should().Contain($"{BigFile}: загружен").And.Contain("Итого: файлов 1; загружено 1").And.Contain("Пересчёт аналитики…");
        seen.Should().NotBeEmpty().And.OnlyContain(s => s.Status == 200, "no request fails or waits out a lock while the command line writes");
        foreach (var (page, before) in new[] { ("/", loadsBefore), ("/shnor", computationBefore) })
        {
            foreach (var client in seen.Where(s => s.Page == page).GroupBy(s => s.Client))
            {
                var figures = client.OrderBy(s => s.At).Select(s => s.Figure).ToList();
                figures.Should().BeInAscendingOrder($"{page}: once a client sees the new version it never sees the old one again");
                figures.Should().OnlyContain(f => f == before || f == before + 1, $"{page} shows the old figures or the new ones, nothing between");
                figures[^1].Should().Be(before + 1, $"{page} shows the new figures once they are published");
            }
            seen.Where(s => s.Page == page).Should().Contain(s => s.Figure == before, $"{page} kept showing the old figures while the command line worked");
        }
    }

    [Fact]
    public async Task The_command_line_export_runs_at_once_while_a_request_holds_the_data_and_a_writer_job_holds_the_writer()
    {
        var output = Path.Combine(_app.Folder, "школы.csv");
        (await (await _app.SignedIn("analyst")).GetStringAsync("/schools")).Should().Contain(SeedFiles.GatchinaName);

        // A request in flight keeps its connection to the published version; a load job holds the working file.
        using (var request = _app.Services.GetRequiredService<DashboardDatabase>().Open())
        using (Gate.Enter("загрузка «ЕГЭ 2023.xlsx»"))
        {
            using var cli = EduCli.Start(_app, "export", "schools", "--out", output);
            (await cli.Exit()).Should().Be(0, cli.Output);
            cli.Output.Should().Contain("строк 5").And.NotContain("жду", "a reader never waits for the writer");
            request.Scalar<long>("SELECT count(*) FROM schools").Should().Be(5, "the request's connection still answers");
        }
        File.ReadAllText(output).Should().Contain(SeedFiles.GatchinaName);
    }

    [Fact]
    public async Task A_command_line_load_while_a_writer_job_runs_waits_for_it_and_then_loads()
    {
        var big = SeedFiles.LargeVprIndividual(Path.Combine(_app.Folder, "big"), BigFile, 2023, 60_000);
        var ege = SeedFiles.Xlsx(Path.Combine(_app.Folder, "cli"), "ЕГЭ 2022.xlsx",
            ["Год", "Код ОО", "Код предмета", "Кол-во участников", "Средний тестовый балл", "Не преодолели минимальный порог, чел.", "81–100 баллов, чел.", "100 баллов, чел."],
            [2022, "410001", "1", 30, 61.5, 1, 4, 0]);

        ChildProcess cli;
        // What the load job does (LoadFileJob): enter the writer gate, load, publish, leave.
        using (var job = Gate.Enter($"загрузка «{BigFile}»"))
        {
            cli = EduCli.Start(_app, "load", ege);
            await cli.WaitForLine($"жду, пока завершится загрузка «{BigFile}» (");
            var loader = new Loader(_app.Database, _app.Services.GetRequiredService<DashboardDatabase>().LoadSettings("analyst"),
                MunicipalityDirectory.LoadDefault(), TimeProvider.System);
            loader.Load(big).Status.Should().Be(LoadStatus.Loaded);
            cli.HasExited.Should().BeFalse("the command line waits while the job writes");
            job.Publish();
        }

        using (cli)
        {
            (await cli.Exit()).Should().Be(0, cli.Output);
            cli.Output.Should().Contain("дождался, продолжаю").And.Contain("ЕГЭ 2022.xlsx: загружен — ЕГЭ").And.Contain("Итого: файлов 1; загружено 1");
        }
        _app.Scalar<long>("SELECT load_id FROM loads WHERE file_name = 'ЕГЭ 2022.xlsx'")
            .Should().BeGreaterThan(_app.Scalar<long>($"SELECT load_id FROM loads WHERE file_name = '{BigFile}'"), "the command line loaded after the job");
        var client = await _app.SignedIn("analyst");
        (await client.GetStringAsync("/loads")).Should().Contain("ЕГЭ 2022.xlsx").And.Contain(BigFile);
    }

    private static async Task Watch(HttpClient client, int id, Func<bool> done, ConcurrentQueue<Seen> seen)
    {
        // One more round after the writer ends, so the last figures are the published ones.
        var rounds = 0;
        for (var finished = false; !finished || rounds-- > 0;)
        {
            if (!finished && done())
            {
                finished = true;
                rounds = 1;
            }
            foreach (var page in Pages)
            {
                using var response = await client.GetAsync(page);
                var html = await response.Content.ReadAsStringAsync();
                var figure = (int)response.StatusCode != 200 ? -1 : page switch
                {
                    "/" => PageFigures.Loads(html),
                    "/shnor" => PageFigures.Computation(html),
                    _ => 0,
                };
                seen.Enqueue(new Seen(id, page, DateTime.UtcNow, (int)response.StatusCode, figure));
            }
        }
    }

    private sealed record Seen(int Client, string Page, DateTime At, int Status, long Figure);
}
