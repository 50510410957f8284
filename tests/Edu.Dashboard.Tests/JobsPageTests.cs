using System.Net;
using Edu.Dashboard.Tests.Support;
using Edu.Loading;
using Edu.Jobs;
using Edu.Jobs.Inbox;
using Edu.Jobs.Progress;
using Microsoft.Extensions.DependencyInjection;

namespace Edu.Dashboard.Tests;

/// <summary>The Загрузки page over the real jobs: queue and progress, the inbox button, recompute after loads.</summary>
public sealed class JobsPageTests : IDisposable
{
    private readonly DashboardFactory _app = new();

    public void Dispose() => _app.Dispose();

    private WriterGate Gate => _app.Services.GetRequiredService<WriterGate>();

    [Fact]
    public async Task Queued_and_running_loads_show_with_progress_and_the_page_refreshes_itself_until_done()
    {
        var client = await _app.SignedIn("analyst");
        string page;
        // Holding the writer gate keeps the load job waiting, so the page is seen while the file is queued.
        using (Gate.Enter("тест"))
        {
            await UploadForm.Upload(client, ("ЕГЭ 2023.xlsx", EgeFile(2023)));
            var ticket = _app.Services.GetRequiredService<InboxFolders>().Pending().Should().ContainSingle().Subject;
            page = await client.GetStringAsync("/loads");
            page.Should().Contain("ЕГЭ 2023.xlsx").And.Contain("в очереди").And.Contain("http-equiv=\"refresh\"");

            // What the loader reports while it reads (the real one reports too fast to catch in a test).
            var progress = _app.Services.GetRequiredService<LoadProgressRegistry>();
            progress.Begin(ticket.Id, ticket.FileName).Report(new LoadProgress(ticket.FileName, 1234, 0.42));
            page = await client.GetStringAsync("/loads");
            progress.End(ticket.Id);
        }
        WebUtility.HtmlDecode(page).Should().Contain("загружается").And.Contain("1\u00a0234").And.Contain("42 %").And.Contain("Сейчас выполняется: тест");

        await JobsWait.Idle(_app);
        page = await client.GetStringAsync("/loads");
        page.Should().Contain("Очередь пуста.").And.NotContain("http-equiv=\"refresh\"");
        _app.Scalar<string>("SELECT outcome FROM loads WHERE file_name = 'ЕГЭ 2023.xlsx'").Should().Be("загружен");
    }

    [Fact]
    public async Task The_inbox_button_scans_and_a_dropped_file_is_loaded()
    {
        Directory.CreateDirectory(_app.Inbox);
        File.WriteAllBytes(Path.Combine(_app.Inbox, "ЕГЭ 2022.xlsx"), EgeFile(2022));
        var client = await _app.SignedIn("admin");
        var response = await UploadForm.Press(client, "scan");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Папка входящих проверяется");

        await JobsWait.Until(() => _app.Scalar<long>("SELECT count(*) FROM loads WHERE file_name = 'ЕГЭ 2022.xlsx'") == 1, "the dropped file is loaded");
        _app.Scalar<string>("SELECT user_name FROM loads WHERE file_name = 'ЕГЭ 2022.xlsx'").Should().Be("папка входящих");
        _app.Audit<long>("SELECT count(*) FROM audit_log WHERE action = 'inbox-scan' AND user_login = 'admin'").Should().Be(1);
        await JobsWait.Until(() => Directory.EnumerateFiles(Path.Combine(_app.Folder, "data", "inbox-archive")).Any(), "the file is archived");
    }

    [Fact]
    public async Task The_buttons_need_the_antiforgery_token()
    {
        var client = await _app.SignedIn("analyst");
        foreach (var handler in new[] { "scan", "recompute" })
            (await client.PostAsync($"/loads?handler={handler}", new FormUrlEncodedContent([]))).StatusCode.Should().Be(HttpStatusCode.BadRequest, handler);
    }

    [Fact]
    public async Task Several_loads_give_one_recompute_that_updates_the_analytics()
    {
        var before = Computations();
        var client = await _app.SignedIn("analyst");
        // Queued together behind the held gate: the recompute the first load asks for lands behind the others.
        using (Gate.Enter("тест"))
            await UploadForm.Upload(client, ("ЕГЭ 2021.xlsx", EgeFile(2021)), ("ЕГЭ 2022.xlsx", EgeFile(2022)), ("ЕГЭ 2023.xlsx", EgeFile(2023)));

        await JobsWait.Idle(_app);
        Computations().Should().Be(before + 1);
        _app.Scalar<long>("SELECT count(*) FROM loads WHERE outcome = 'загружен' AND user_name = 'analyst'").Should().Be(3);
    }

    [Fact]
    public async Task The_recompute_button_recomputes()
    {
        var before = Computations();
        var response = await UploadForm.Press(await _app.SignedIn("analyst"), "recompute");
        (await response.Content.ReadAsStringAsync()).Should().Contain("Пересчёт аналитики поставлен в очередь");
        await JobsWait.Until(() => Computations() == before + 1, "the recompute ran");
        _app.Audit<long>("SELECT count(*) FROM audit_log WHERE action = 'recompute' AND user_login = 'analyst'").Should().Be(1);
    }

    private long Computations() => _app.Scalar<long>("SELECT count(*) FROM analytics_computations");

    private byte[] EgeFile(int year) => File.ReadAllBytes(SeedFiles.Xlsx(Path.Combine(_app.Folder, "upload", year.ToString(System.Globalization.CultureInfo.InvariantCulture)), $"ЕГЭ {year}.xlsx",
        ["Год", "Код ОО", "Код предмета", "Кол-во участников", "Средний тестовый балл", "Не преодолели минимальный порог, чел.", "81–100 баллов, чел.", "100 баллов, чел."],
        [year, "410001", "1", 38, 66.1, 2, 7, 0]));
}
