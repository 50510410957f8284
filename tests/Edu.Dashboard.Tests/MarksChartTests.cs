using System.Globalization;
using System.Net;
using Edu.Analytics.Charts;
using Edu.Dashboard.Access;
using Edu.Dashboard.Charts;
using Edu.Storage;
using Edu.Dashboard.Tests.Support;

namespace Edu.Dashboard.Tests;

/// <summary>«Распределение отметок» on the seeded region: the series, the scoped endpoint, and the school page's procedure table.</summary>
[Collection(SharedDashboard.Name)]
public sealed class MarksChartTests(DashboardFactory app)
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G'];

    [Fact]
    public void Region_shares_weigh_vpr_marks_statistics_by_participants()
    {
        using var connection = app.Database.Open();
        var bars = MarksDistribution.Query(connection, ReadScope.Region, 2024, null, null);
        bars.Select(b => b.Procedure).Should().Equal("ВПР · Математика · 5", "ВПР · Русский язык · 5");
        // Математика: Luga 48 × 10.5 % = 5.04 and Gatchina 75 × 2 % = 1.5 marks «2» of 123.
        bars[0].Marks.Should().BeApproximately(123, 1e-9);
        bars[0].Shares.Two.Should().BeApproximately(6.54 / 123 * 100, 1e-9);
        bars[0].Shares.Five.Should().BeApproximately(((48 * 10.0) + (75 * 30.0)) / 123, 1e-9);
        // Русский язык from individual works: Luga 12 × «3», Gatchina 4 each of «3», «4», «5».
        bars[1].Marks.Should().Be(24);
        bars[1].Shares.Three.Should().BeApproximately(16 * 100.0 / 24, 1e-9);
        bars[1].Shares.Five.Should().BeApproximately(4 * 100.0 / 24, 1e-9);
    }

    [Fact]
    public void A_municipal_scope_is_applied_in_the_query_whatever_place_is_asked_for()
    {
        using var connection = app.Database.Open();
        var luga = UserScope.Of("Лужский район").ReadScope;
        MarksDistribution.Rows(connection, luga, 2024, null, null).Select(r => r.Login).Distinct().Should().Equal(SeedFiles.LugaSchool);
        MarksDistribution.Rows(connection, luga, 2024, "Гатчинский район", null).Should().BeEmpty();
        MarksDistribution.Rows(connection, luga, 2024, null, SeedFiles.GatchinaSchool).Should().BeEmpty();
        MarksDistribution.LatestYear(connection, luga, null, SeedFiles.GatchinaSchool).Should().BeNull();
        MarksDistribution.LatestYear(connection, luga, null, null).Should().Be(2024);
    }

    [Theory]
    [InlineData("analyst", "/charts/marks.png")]
    [InlineData("analyst", "/charts/marks.png?year=2024&municipality=Гатчинский")]
    [InlineData("analyst", "/charts/marks.png?login=sch470003")]
    [InlineData("luga", "/charts/marks.png")]
    [InlineData("luga", "/charts/marks.png?municipality=Лужский%20район")]
    [InlineData("luga", "/charts/marks.png?year=2024&login=sch470001")]
    public async Task The_chart_is_a_png_of_the_region_a_municipality_or_a_school(string user, string url)
    {
        var client = await app.SignedIn(user);
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
        response.Headers.GetValues(ChartCache.CacheHeader).Should().ContainSingle().Which.Should().BeOneOf("hit", "miss");
        (await response.Content.ReadAsByteArrayAsync()).Take(4).Should().Equal(PngSignature);
    }

    [Theory]
    [InlineData("/charts/marks.png?municipality=Гатчинский%20район")]
    [InlineData("/charts/marks.png?year=2024&municipality=Сосновоборский%20ГО")]
    [InlineData("/charts/marks.png?login=sch470003")]
    public async Task A_municipal_user_is_refused_another_municipality_or_its_school(string url)
    {
        var client = await app.SignedIn("luga");
        (await client.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_unknown_school_or_municipality_is_404()
    {
        var client = await app.SignedIn("analyst");
        (await client.GetAsync("/charts/marks.png?login=sch000000")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("/charts/marks.png?municipality=Нет%20такого")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_school_page_shows_its_procedure_results_as_computed_and_the_chart()
    {
        using var connection = app.Database.Open();
        var computed = connection.Rows("""
            SELECT procedure_label, participants, mean, is_counted FROM procedure_results WHERE login = $p0 ORDER BY year DESC, kind, subject, grade
            """, r => (Label: r.GetString(0), Participants: r.GetInt32(1), Mean: r.NullableDouble(2), Counted: r.GetBoolean(3)), SeedFiles.LugaSchool);
        computed.Should().HaveCount(3, "ВПР математика (отметки), ВПР русский язык (индивидуальные), ЕГЭ");

        var html = await (await app.SignedIn("analyst")).GetStringAsync("/school/" + SeedFiles.LugaSchool);
        var table = html[html.IndexOf("Результаты по процедурам", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        var ru = CultureInfo.GetCultureInfo("ru-RU");
        foreach (var row in computed)
        {
            var cells = table[table.IndexOf(row.Label, StringComparison.Ordinal)..];
            cells = cells[..cells.IndexOf("</tr>", StringComparison.Ordinal)];
            cells.Should().Contain($">{row.Participants}<").And.Contain(row.Counted ? "учтено" : "недостаточно данных");
            cells.Should().Contain(row.Mean!.Value.ToString(row.Label.StartsWith("ЕГЭ", StringComparison.Ordinal) ? "0.0" : "0.00", ru));
        }
        // Математика from «статистика по отметкам» shows the loaded shares; Русский язык the shares of the 12 works (all «3»).
        Row(table, "ВПР · Математика · 5").Should().Contain(">10,5<").And.Contain(">45,3<").And.Contain(">34,2<").And.Contain(">10<").And.Contain("3,44");
        Row(table, "ВПР · Русский язык · 5").Should().Contain(">0<").And.Contain(">100<").And.Contain("3,00");
        html.Should().Contain("/charts/marks.png?year=2024&amp;login=sch470001").And.Contain("alt=\"Диаграмма: распределение отметок");
    }

    [Theory]
    [InlineData("analyst", "/municipality/Гатчинский", "/charts/marks.png?year=2024&amp;municipality=")]
    [InlineData("analyst", "/", "/charts/marks.png?year=2024\"")]
    [InlineData("luga", "/", "/charts/marks.png?year=2024\"")]
    public async Task Municipality_and_summary_pages_show_the_chart_of_the_latest_year(string user, string page, string src)
    {
        var html = await (await app.SignedIn(user)).GetStringAsync(page);
        html.Should().Contain("Распределение отметок, 2024").And.Contain(src).And.Contain("alt=\"Диаграмма: распределение отметок");
    }

    private static string Row(string table, string label)
    {
        var cells = table[table.IndexOf(label, StringComparison.Ordinal)..];
        return cells[..cells.IndexOf("</tr>", StringComparison.Ordinal)];
    }
}
