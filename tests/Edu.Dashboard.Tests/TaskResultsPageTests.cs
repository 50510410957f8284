using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Edu.Analytics.Charts;
using Edu.Analytics.Exports;
using Edu.Analytics.Model;
using Edu.Dashboard.Access;
using Edu.Dashboard.Tests.Support;
using Edu.Reference;
using Edu.Spreadsheets;

namespace Edu.Dashboard.Tests;

/// <summary>
/// «Выполнение заданий» on the seeded ВПР 2024 Русский язык 5 (two tasks of 5 points, 12 works per school): Luga scores
/// 2 and 1–3 points (24 of 60 on each task: 40 %), Gatchina 3–5 and 2–4 (48 and 36 of 60: 80 % and 60 %). Region: 72 of
/// 120 = 60 % on task 1 and 60 of 120 = 50 % on task 2 (not below 50 %). Luga's school is 20 points behind the region on
/// task 1 (lags) and 10 on task 2 (does not).
/// </summary>
[Collection(SharedDashboard.Name)]
public sealed partial class TaskResultsPageTests(DashboardFactory app)
{
    private const string Procedure = "ВПР · Русский язык · 5";

    [Fact]
    public async Task The_page_lists_the_regions_hardest_task_first_with_its_skill_and_the_municipal_and_school_deficits()
    {
        var html = await Get(await app.SignedIn("analyst"), "/tasks");

        html.Should().Contain("Выполнение заданий ВПР").And.Contain($"<option value=\"{Procedure}\" selected=\"selected\">");
        // Task 2 (50 %) before task 1 (60 %); task 2 has no description and shows its number only.
        Rows(Table(html, "region-tasks")).Should().BeEquivalentTo(new[] { new[] { "2", "—", "50,0", "" }, ["1", SeedFiles.Task1Skill, "60,0", ""] }, o => o.WithStrictOrdering());
        Rows(Table(html, "municipal-deficits")).Should().BeEquivalentTo(
            new[] { new[] { "2", "—", "50,0", "Лужский район — 40,0" }, ["1", SeedFiles.Task1Skill, "60,0", "Лужский район — 40,0"] },
            o => o.WithStrictOrdering());
        // Schools: Luga's two tasks below 50 % (task 1 also lagging); nothing of Gatchina's 80 % and 60 %.
        html.Should().Contain("Найдено: 2").And.Contain("/export/task-results?");
        html.Should().Contain("/charts/tasks.png?year=2024&amp;procedure=");
    }

    [Fact]
    public async Task A_school_is_compared_with_the_region_task_by_task()
    {
        var html = await Get(await app.SignedIn("analyst"), $"/tasks?year=2024&login={SeedFiles.LugaSchool}");

        html.Should().Contain("МОУ «Лужская СОШ № 1», %");
        Rows(Table(html, "region-tasks")).Should().BeEquivalentTo(
            new[] { new[] { "2", "—", "50,0", "40,0", "-10,0", "ниже 50 %" }, ["1", SeedFiles.Task1Skill, "60,0", "40,0", "-20,0", "ниже 50 %, отставание"] },
            o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task A_municipal_user_sees_its_municipality_against_the_region_and_is_refused_any_other_place()
    {
        var client = await app.SignedIn("luga");
        var html = await Get(client, "/tasks");

        Rows(Table(html, "region-tasks")).Select(r => r[3]).Should().Equal("40,0", "40,0");
        html.Should().NotContain("Гатчин").And.NotContain(SeedFiles.GatchinaSchool).And.NotContain("<select name=\"municipality\">");
        (await client.GetAsync("/tasks?municipality=Гатчинский")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await client.GetAsync($"/tasks?login={SeedFiles.GatchinaSchool}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await client.GetAsync($"/charts/tasks.png?year=2024&procedure={Uri.EscapeDataString(Procedure)}&login={SeedFiles.GatchinaSchool}"))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await client.GetAsync("/tasks?municipality=Лунный")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public void The_chart_dataset_gives_the_place_beside_the_region_and_nothing_outside_the_scope()
    {
        using var connection = app.Database.Open();
        var region = TaskRates.Query(connection, ReadScope.Region, 2024, Procedure, null, null);
        region.Place.Should().Be("Ленинградская область");
        region.Tasks.Should().Equal(new TaskBar("1", 60, 60), new TaskBar("2", 50, 50));
        var school = TaskRates.Query(connection, ReadScope.Region, 2024, Procedure, null, SeedFiles.GatchinaSchool);
        school.Tasks.Should().Equal(new TaskBar("1", 80, 60), new TaskBar("2", 60, 50));

        var luga = UserScope.Of("Лужский район").ReadScope;
        TaskRates.Query(connection, luga, 2024, Procedure, null, SeedFiles.GatchinaSchool).IsEmpty.Should().BeTrue();
        TaskRates.Query(connection, luga, 2024, Procedure, "Гатчинский район", null).IsEmpty.Should().BeTrue();
        TaskRates.Query(connection, luga, 2024, Procedure, null, null).Tasks.Should().HaveCount(2, "the region's rates are everybody's yardstick");
    }

    [Theory]
    [InlineData("analyst", "")]
    [InlineData("analyst", "&login=sch470003")]
    [InlineData("analyst", "&municipality=Лужский")]
    [InlineData("luga", "")]
    public async Task The_chart_is_a_png(string user, string place)
    {
        var response = await (await app.SignedIn(user)).GetAsync($"/charts/tasks.png?year=2024&procedure={Uri.EscapeDataString(Procedure)}{place}");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
        (await response.Content.ReadAsByteArrayAsync()).Length.Should().BeGreaterThan(10_000);
    }

    [Fact]
    public async Task The_download_of_the_school_deficits_holds_the_rows_the_page_lists()
    {
        var page = await Get(await app.SignedIn("analyst"), "/tasks");
        var url = System.Net.WebUtility.HtmlDecode(Html.Links(page, "/export/task-results").Single());

        var response = await (await app.SignedIn("analyst")).GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet(1);
        var header = DocumentSheet.FindHeaderRow(sheet);
        sheet.Row(header).Cell(8).GetString().Should().Be("Проверяемые требования");
        var rows = sheet.RowsUsed().Where(r => r.RowNumber() > header).Select(r => (Login: r.Cell(4).GetString(), Task: r.Cell(7).GetString(), Below: r.Cell(14).GetString(), Lags: r.Cell(15).GetString())).ToList();
        rows.Should().Equal(("sch470001", "2", "да", "нет"), ("sch470001", "1", "да", "да"));
    }

    [Fact]
    public void A_municipal_export_holds_its_municipality_and_its_schools_with_the_regions_rate_on_every_row()
    {
        using var connection = app.Database.Open();
        var rows = new TaskResultsExport().Rows(connection, new ExportFilter(null, "Лужский район"));

        rows.Select(r => (r.Level, r.Login, r.TaskLabel, r.Rate, r.RegionRate)).Should().Equal(
            (TaskLevel.Municipality, null, "1", 40.0, 60.0), (TaskLevel.Municipality, null, "2", 40.0, 50.0),
            (TaskLevel.School, SeedFiles.LugaSchool, "1", 40.0, 60.0), (TaskLevel.School, SeedFiles.LugaSchool, "2", 40.0, 50.0));
        rows.Select(r => r.Requirement).Should().Equal(SeedFiles.Task1Skill, null, SeedFiles.Task1Skill, null);
    }

    [Fact]
    public void The_csv_export_writes_rates_with_at_least_two_decimals()
    {
        var path = Path.Combine(app.Folder, "out", "task-results.csv");
        using (var connection = app.Database.Open())
        {
            new TaskResultsExport().Write(connection, new ExportFilter(2024, "Лужский район"), path,
                DocumentHeading.ForExport("Выполнение заданий", [], new DateOnly(2024, 10, 31), RegionClock.Of(TimeProvider.System), null)).Should().Be(4);
        }

        // Лужский район, task 1: 40 % against the region's 60 %, 20 points behind; the municipality does not «lag».
        File.ReadAllLines(path)[1].Should().Be($"2024;{Procedure};муниципалитет;;Лужский район;Лужский район;1;{SeedFiles.Task1Skill};5;12;40,00;60,00;-20,00;да;;");
    }

    [Fact]
    public async Task The_school_card_shows_its_tasks_below_50_percent_and_its_lag()
    {
        var client = await app.SignedIn("analyst");
        var luga = await Get(client, $"/school/{SeedFiles.LugaSchool}");
        var section = Section(luga, "task-deficits");
        section.Should().Contain("2024 год, заданий ниже 50 % или с отставанием от региона на 15 п.п. и больше:").And.Contain("2 из 2");
        Rows(section).Should().BeEquivalentTo(
            new[] { new[] { Procedure, "1", SeedFiles.Task1Skill, "40,0", "60,0", "-20,0", "да", "да" }, [Procedure, "2", "—", "40,0", "50,0", "-10,0", "да", "нет"] },
            o => o.WithStrictOrdering());
        Section(await Get(client, $"/school/{SeedFiles.GatchinaSchool}"), "task-deficits").Should().Contain("0 из 2").And.NotContain("<table");
        Section(await Get(client, "/school/sch470002"), "task-deficits").Should().Contain("Результатов по заданиям нет");
    }

    [Fact]
    public async Task The_municipality_card_shows_its_tasks_below_50_percent_and_its_shnor_dynamics()
    {
        var html = await Get(await app.SignedIn("luga"), "/municipality/Лужский");

        Rows(Section(html, "task-deficits")).Select(r => (r[1], r[3])).Should().Equal(("1", "40,0"), ("2", "40,0"));
        Section(html, "task-deficits").Should().NotContain("Отставание", "a municipality does not lag, its schools do");
        Section(html, "shnor-dynamics").Should().Contain("Динамика не рассчитана", "the seeded region has one year");
    }

    private static async Task<string> Get(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, url);
        return await response.Content.ReadAsStringAsync();
    }

    private static string Table(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        start.Should().BePositive(id);
        return html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        start.Should().BePositive(id);
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    /// <summary>The body rows' cell texts, tags stripped, white space (non-breaking too) as single spaces.</summary>
    private static List<string[]> Rows(string table) =>
        BodyRow().Matches(table[table.IndexOf("<tbody>", StringComparison.Ordinal)..])
            .Select(r => Cell().Matches(r.Value).Select(c => Space().Replace(System.Net.WebUtility.HtmlDecode(Tag().Replace(c.Groups[1].Value, "")), " ").Trim()).ToArray())
            .ToList();

    [GeneratedRegex("<tr[^>]*>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex BodyRow();

    [GeneratedRegex("<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[\s\u00a0]+")]
    private static partial Regex Space();
}
