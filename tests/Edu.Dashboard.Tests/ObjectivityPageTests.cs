using System.Globalization;
using Edu.Analytics.Exports;
using Edu.Dashboard.Tests.Support;

namespace Edu.Dashboard.Tests;

/// <summary>The Объективность page over the fixture's individual ВПР results: the flagged school and the levels the analytics computed.</summary>
[Collection(SharedDashboard.Name)]
public sealed class ObjectivityPageTests(DashboardFactory app)
{
    private static readonly CultureInfo Ru = CultureInfo.GetCultureInfo("ru-RU");

    [Fact]
    public void The_analytics_flag_the_Luga_school_only()
    {
        var rows = Export(new ExportFilter(2024));
        rows.Should().HaveCount(2);
        Row(rows, SeedFiles.LugaSchool).MarksVsJournal.Should().BeTrue();
        Row(rows, SeedFiles.LugaSchool).Flagged.Should().BeTrue();
        Row(rows, SeedFiles.GatchinaSchool).Flagged.Should().BeFalse();
    }

    [Fact]
    public async Task The_page_shows_the_flagged_rows_and_levels_of_the_analytics()
    {
        var client = await app.SignedIn("analyst");
        var html = await client.GetStringAsync("/objectivity?year=2024&sort=login");
        var rows = Export(new ExportFilter(2024));
        html.Should().Contain($"Найдено: {rows.Count}");
        var text = TextRows(html);
        var luga = Row(rows, SeedFiles.LugaSchool);
        var lowered = luga.LoweredPct!.Value.ToString("0.##", Ru);
        text.Should().Contain(r => r.StartsWith($"2024 {SeedFiles.LugaSchool} ", StringComparison.Ordinal) && r.Contains($" 12 нет нет {lowered} ", StringComparison.Ordinal),
            "the Luga row shows the analytics' participants, checks and «понизили» share");

        foreach (var (scope, withData, flagged) in new[] { ("Ленинградская область", 2, 1), ("Лужский район", 1, 1), ("Гатчинский район", 1, 0) })
        {
            var level = app.Scalar<double>("SELECT level FROM objectivity_levels WHERE year = 2024 AND scope = $p0", scope);
            level.Should().Be(100.0 - (flagged * 100.0 / withData), scope);
            text.Should().Contain($"2024 {scope} {withData} {flagged} {level.ToString("0.0", Ru)}");
        }
    }

    /// <summary>Each table row of the page as its cells' text joined by spaces.</summary>
    private static List<string> TextRows(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "<tr>(.*?)</tr>", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(m.Groups[1].Value, "<[^>]+>", " ")))
            .Select(t => System.Text.RegularExpressions.Regex.Replace(t, "\\s+", " ").Trim())
            .ToList();

    [Fact]
    public async Task A_municipal_user_sees_its_flagged_school_and_its_export_equals_the_analytics()
    {
        var client = await app.SignedIn("luga");
        var html = await client.GetStringAsync("/objectivity");
        html.Should().Contain(SeedFiles.LugaSchool).And.NotContain(SeedFiles.GatchinaSchool).And.NotContain("Гатчинский район");
        var download = await client.GetAsync("/export/objectivity");
        using var workbook = new ClosedXML.Excel.XLWorkbook(await download.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheets.First();
        // The table from its header down; the heading above it is the document's.
        sheet.RowsUsed().Count(r => r.RowNumber() >= Edu.Spreadsheets.DocumentSheet.FindHeaderRow(sheet)).Should().Be(1 + Export(new ExportFilter(null, "Лужский район")).Count);
        sheet.CellsUsed().Select(c => c.GetString()).Should().Contain(SeedFiles.LugaSchool);
    }

    private IReadOnlyList<ObjectivityRow> Export(ExportFilter filter)
    {
        using var connection = app.Database.Open();
        return new ObjectivityExport().Rows(connection, filter);
    }

    private static ObjectivityRow Row(IReadOnlyList<ObjectivityRow> rows, string login) => rows.Single(r => r.Login == login);
}
