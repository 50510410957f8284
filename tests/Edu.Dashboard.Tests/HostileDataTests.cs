using System.Net;
using ClosedXML.Excel;
using Edu.Dashboard.Data;
using Edu.Dashboard.Tests.Support;
using Edu.Storage.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace Edu.Dashboard.Tests;

/// <summary>
/// What a hostile or careless file leaves in the database cannot break the dashboard: text reordering controls are
/// dropped from pages, text longer than a cell holds is cut in downloads and reports, names of any length upload;
/// and probing /health anonymously never holds the database.
/// </summary>
public sealed class HostileDataTests : IDisposable
{
    private readonly DashboardFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Anonymous_health_probes_never_open_the_database_nor_keep_a_writer_out()
    {
        var database = _app.Services.GetRequiredService<DashboardDatabase>();
        var probe = _app.Anonymous();

        for (var i = 0; i < 5; i++)
        {
            var answer = await probe.GetStringAsync("/health");
            answer.Should().Contain("\"present\":true").And.NotContain("reachable", "an anonymous probe is answered without opening the database");
        }

        var waited = false;
        using (WriterSession.Begin(database.Database, "проверка", TimeSpan.Zero, _ => waited = true))
            waited.Should().BeFalse("a probe every few seconds must not keep ./edu out of the file");
    }

    [Fact]
    public async Task A_right_to_left_override_in_a_school_name_never_reaches_the_page()
    {
        // «sch47» then U+202E: shown raw, the rest of the name would read backwards.
        Execute($"UPDATE schools SET name = 'МОУ \u202E1 № ШОС яакжуЛ' WHERE login = '{SeedFiles.LugaSchool}'");
        var client = await _app.SignedIn("analyst");

        var page = await client.GetStringAsync($"/school/{SeedFiles.LugaSchool}");
        var list = await client.GetStringAsync("/schools");

        page.Should().Contain("МОУ 1 № ШОС яакжуЛ").And.NotContain("\u202E").And.NotContain("&#x202E;");
        list.Should().NotContain("\u202E").And.NotContain("&#x202E;");
    }

    [Fact]
    public async Task A_name_longer_than_a_cell_holds_is_cut_in_the_download_and_the_report_still_comes_out()
    {
        Execute($"UPDATE schools SET name = repeat('Ш', 40000) WHERE login = '{SeedFiles.LugaSchool}'");
        var client = await _app.SignedIn("analyst");

        var export = await client.GetAsync("/export/schools");
        var report = await Generate(client, "2025-10");

        export.StatusCode.Should().Be(HttpStatusCode.OK);
        using var book = new XLWorkbook(await export.Content.ReadAsStreamAsync());
        var cut = book.Worksheets.First().CellsUsed().Select(c => c.GetString()).Single(s => s.StartsWith("ШШШ", StringComparison.Ordinal));
        cut.Should().HaveLength(32_767).And.EndWith("… [сокращено: 40\u00a0000 символов]");
        report.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_upload_with_a_name_far_longer_than_a_file_name_may_be_is_queued_loaded_and_kept_whole_in_the_history()
    {
        var name = string.Concat(Enumerable.Repeat("Справочник общеобразовательных организаций ", 10)) + ".xlsx";
        var registry = File.ReadAllBytes(SeedFiles.Schools(Path.Combine(_app.Folder, "upload")));
        var client = await _app.SignedIn("analyst");

        var html = await UploadForm.Upload(client, (name, registry));
        await JobsWait.QueueEmpty(_app);

        html.Should().Contain("поставлен в очередь загрузки");
        _app.Scalar<long>("SELECT count(*) FROM loads WHERE file_name = $p0", name).Should().Be(1);
        var processing = Path.Combine(_app.Inbox, ".processing");
        (Directory.Exists(processing) ? Directory.EnumerateFileSystemEntries(processing) : []).Should().BeEmpty("no ticket folder is left behind");
    }

    [Fact]
    public async Task An_upload_whose_name_overflows_the_form_limits_is_refused_with_a_Russian_page_never_500()
    {
        var client = await _app.SignedIn("analyst");
        var token = await Html.AntiforgeryToken(client, "/loads");
        var file = new ByteArrayContent([1, 2, 3]);
        file.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"files\"; filename*=UTF-8''{Uri.EscapeDataString(new string('ж', 3000) + ".xlsx")}");
        var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, file };

        var response = await client.PostAsync("/loads", content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Запрос отклонён");
        var processing = Path.Combine(_app.Inbox, ".processing");
        (Directory.Exists(processing) ? Directory.EnumerateFileSystemEntries(processing) : []).Should().BeEmpty();
    }

    private void Execute(string sql)
    {
        using var connection = _app.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static async Task<HttpResponseMessage> Generate(HttpClient client, string month)
    {
        var token = await Html.AntiforgeryToken(client, "/reports");
        return await client.PostAsync("/reports", new FormUrlEncodedContent(new Dictionary<string, string> { ["Month"] = month, ["__RequestVerificationToken"] = token }));
    }
}
