using System.Net;
using ClosedXML.Excel;
using Edu.Dashboard.Tests.Support;

namespace Edu.Dashboard.Tests;

/// <summary>Browser uploads through the real form; each test has its own database because uploads change it.</summary>
public sealed class UploadTests : IDisposable
{
    private readonly DashboardFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_file_of_another_kind_is_refused_with_a_Russian_message()
    {
        var html = await Upload(("отчёт.pdf", [1, 2, 3]));
        html.Should().Contain("отчёт.pdf").And.Contain("допускаются только файлы Excel и CSV (.xlsx, .xls, .csv)");
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_a_Russian_message()
    {
        var html = await Upload(("большой.csv", SeedFiles.Csv(80 * 1024)));
        html.Should().Contain("большой.csv").And.Contain("файл больше допустимого размера");
        _app.Audit<long>("SELECT count(*) FROM audit_log WHERE action = 'upload-refused'").Should().Be(1);
    }

    [Fact]
    public async Task A_broken_file_is_rejected_by_the_job_and_its_error_report_downloads()
    {
        var broken = SeedFiles.BrokenSchools(Path.Combine(_app.Folder, "upload"));
        var html = await Upload(("Справочник с ошибками.xlsx", File.ReadAllBytes(broken)));
        html.Should().Contain("Справочник с ошибками.xlsx — <span class=\"status\">поставлен в очередь загрузки</span>");
        await JobsWait.QueueEmpty(_app);

        _app.Scalar<string>("SELECT outcome FROM loads WHERE file_name = 'Справочник с ошибками.xlsx'").Should().Be("отклонён");
        var client = await _app.SignedIn("analyst");
        var page = await client.GetStringAsync("/loads");
        page.Should().Contain("Справочник с ошибками.xlsx").And.Contain("отклонён").And.Contain("Очередь пуста.");
        var report = Html.Links(page, "/loads/").First(l => l.EndsWith("/errors", StringComparison.Ordinal));
        var response = await client.GetAsync(report);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("Справочник с ошибками.ошибки.xlsx");
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        workbook.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()).Should().Contain(t => t.Contains("Неизвестный район", StringComparison.Ordinal));

        _app.Audit<long>("SELECT count(*) FROM audit_log WHERE action = 'error-report' AND user_login = 'analyst'").Should().Be(1);
        Directory.EnumerateFiles(Path.Combine(_app.Folder, "data", "inbox-rejected")).Should().Contain(f => f.EndsWith("Справочник с ошибками.ошибки.xlsx", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Good_files_are_loaded_by_the_job_with_the_uploader_in_the_history_and_the_audit_log()
    {
        var folder = Path.Combine(_app.Folder, "upload");
        var ege = SeedFiles.Xlsx(folder, "ЕГЭ 2023.xlsx",
            ["Год", "Код ОО", "Код предмета", "Кол-во участников", "Средний тестовый балл", "Не преодолели минимальный порог, чел.", "81–100 баллов, чел.", "100 баллов, чел."],
            [2023, "410001", "1", 38, 66.1, 2, 7, 0]);
        await Upload(("ЕГЭ 2023.xlsx", File.ReadAllBytes(ege)), ("Справочник ОО.xlsx", File.ReadAllBytes(Path.Combine(_app.Folder, "in", "Справочник ОО.xlsx"))));
        await JobsWait.Idle(_app);

        _app.Scalar<string>("SELECT outcome FROM loads WHERE file_name = 'ЕГЭ 2023.xlsx'").Should().Be("загружен");
        _app.Scalar<int>("SELECT row_count FROM loads WHERE file_name = 'ЕГЭ 2023.xlsx'").Should().Be(1);
        _app.Scalar<string>("SELECT max(outcome) FILTER (WHERE user_name = 'analyst') FROM loads WHERE file_name = 'Справочник ОО.xlsx'")
            .Should().Be("уже загружен", "the seed file's very bytes were loaded before");
        _app.Scalar<string>("SELECT user_name FROM loads WHERE file_name = 'ЕГЭ 2023.xlsx'").Should().Be("analyst");
        _app.Audit<long>("SELECT count(*) FROM audit_log WHERE action = 'load' AND user_login = 'analyst'").Should().Be(2);
        _app.Scalar<long>("SELECT count(*) FROM ege_results WHERE year = 2023").Should().Be(1);

        var history = await (await _app.SignedIn("analyst")).GetStringAsync("/loads");
        history.Should().Contain("ЕГЭ 2023.xlsx").And.Contain("загружен").And.NotContain("http-equiv=\"refresh\"");
    }

    [Fact]
    public async Task A_client_path_never_reaches_the_file_system()
    {
        var html = await Upload(("../../../tmp/злой.csv", SeedFiles.Csv(200)));
        html.Should().Contain("злой.csv");
        html.Should().NotContain("../");
        await JobsWait.QueueEmpty(_app);
        File.Exists("/tmp/злой.csv").Should().BeFalse();
        Directory.EnumerateFileSystemEntries(Path.Combine(_app.Inbox, ".processing")).Should().BeEmpty("a ticket folder is removed once its file is filed");
        _app.Scalar<string>("SELECT max(file_name) FROM loads WHERE file_name LIKE '%злой%'").Should().Be("злой.csv");
    }

    [Fact]
    public async Task A_municipal_user_cannot_upload()
    {
        var client = await _app.SignedIn("luga");
        (await client.GetAsync("/loads")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    private async Task<string> Upload(params (string Name, byte[] Bytes)[] files) => await UploadForm.Upload(await _app.SignedIn("analyst"), files);
}
