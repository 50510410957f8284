using System.Net;
using System.Net.Http.Headers;
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
        _app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'upload-refused'").Should().Be(1);
    }

    [Fact]
    public async Task A_broken_file_shows_its_errors_and_its_error_report_downloads()
    {
        var broken = SeedFiles.BrokenSchools(Path.Combine(_app.Folder, "upload"));
        var html = await Upload(("Справочник с ошибками.xlsx", File.ReadAllBytes(broken)));
        html.Should().Contain("отклонён").And.Contain("Справочник с ошибками.xlsx · лист «Лист1» · строка 2");
        html.Should().Contain("Неизвестный район");

        var report = Html.Links(html, "/loads/").First(l => l.EndsWith("/errors", StringComparison.Ordinal));
        var client = await _app.SignedIn("analyst");
        var response = await client.GetAsync(report);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("Справочник с ошибками.ошибки.xlsx");
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        workbook.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()).Should().Contain(t => t.Contains("Неизвестный район", StringComparison.Ordinal));

        _app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'error-report' AND user_login = 'analyst'").Should().Be(1);
    }

    [Fact]
    public async Task Good_files_load_with_the_uploader_in_the_history_and_the_audit_log()
    {
        var folder = Path.Combine(_app.Folder, "upload");
        var ege = SeedFiles.Xlsx(folder, "ЕГЭ 2023.xlsx",
            ["Год", "Код ОО", "Код предмета", "Кол-во участников", "Средний тестовый балл", "Не преодолели минимальный порог, чел.", "81–100 баллов, чел.", "100 баллов, чел."],
            [2023, "410001", "1", 38, 66.1, 2, 7, 0]);
        var html = await Upload(("ЕГЭ 2023.xlsx", File.ReadAllBytes(ege)), ("Справочник ОО.xlsx", File.ReadAllBytes(Path.Combine(_app.Folder, "in", "Справочник ОО.xlsx"))));
        html.Should().Contain("ЕГЭ 2023.xlsx — <span class=\"status\">загружен</span>");
        html.Should().Contain("Справочник ОО.xlsx — <span class=\"status\">уже загружен</span>", "the seed file's very bytes were loaded before");

        _app.Scalar<string>("SELECT user_name FROM loads WHERE file_name = 'ЕГЭ 2023.xlsx'").Should().Be("analyst");
        _app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'load' AND user_login = 'analyst'").Should().Be(2);
        _app.Scalar<long>("SELECT count(*) FROM ege_results WHERE year = 2023").Should().Be(1);
    }

    [Fact]
    public async Task A_client_path_never_reaches_the_file_system()
    {
        var html = await Upload(("../../../tmp/злой.csv", SeedFiles.Csv(200)));
        html.Should().Contain("злой.csv");
        html.Should().NotContain("../");
        File.Exists("/tmp/злой.csv").Should().BeFalse();
        Directory.EnumerateFiles(Path.Combine(_app.Folder, "data", "uploads")).Should().BeEmpty("uploads are removed after loading");
        _app.Scalar<string>("SELECT max(file_name) FROM loads WHERE file_name LIKE '%злой%'").Should().Be("злой.csv");
    }

    [Fact]
    public async Task A_municipal_user_cannot_upload()
    {
        var client = await _app.SignedIn("luga");
        (await client.GetAsync("/loads")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    private async Task<string> Upload(params (string Name, byte[] Bytes)[] files)
    {
        var client = await _app.SignedIn("analyst");
        var token = await Html.AntiforgeryToken(client, "/loads");
        var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            // Set the raw header so the name (with its path) reaches the server exactly as a browser might send it.
            file.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"files\"; filename*=UTF-8''{Uri.EscapeDataString(name)}");
            content.Add(file);
        }
        var response = await client.PostAsync("/loads", content);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }
}
