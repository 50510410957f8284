using System.Net;
using System.Text.RegularExpressions;
using Edu.Analytics;
using Edu.Analytics.Cards;
using Edu.Analytics.Charts;
using Edu.Analytics.Model;
using Edu.Dashboard.Tests.Support;

namespace Edu.Dashboard.Tests;

/// <summary>
/// «/school/{login}» over the card fixture, figures checked by hand: the Luga school is «ШНОР» in 2024 — «2» in
/// Математика 5 was 35 % in 2023 and 40 % in 2024 (ground Б), and 30 % in Математика 6 of 2024 makes two procedures at
/// or above 30 % (ground А) — and its ВПР Русский язык 5 marks are all below the journal's (flagged). The Gatchina
/// school is neither.
/// </summary>
[Collection(CardsDashboard.Name)]
public sealed partial class SchoolCardTests(CardsDashboard.App cards)
{
    private DashboardFactory App => cards.Factory;

    [Fact]
    public void The_analytics_card_holds_the_status_grounds_and_the_low_shares_behind_them()
    {
        using var connection = App.Database.Open();
        var card = SchoolCard.Read(connection, ReadScope.Region, SeedFiles.LugaSchool, new ProjectOptions());

        card.Years.Select(y => y.Year).Should().Equal(2024, 2023);
        var y2024 = card.Years[0];
        y2024.Shnor!.Status.Should().Be(ShnorStatus.Shnor);
        (y2024.Shnor.GroundA, y2024.Shnor.GroundB).Should().Be((true, true));
        y2024.Shnor.Procedures.Should().Be("ВПР · Математика · 5; ВПР · Математика · 6");
        y2024.Low(2024, 30).Select(s => (s.Procedure, s.LowSharePct)).Should().Equal(("ВПР · Математика · 5", 40.0), ("ВПР · Математика · 6", 30.0));
        y2024.Low(2023, 30).Select(s => (s.Procedure, s.LowSharePct)).Should().Equal(("ВПР · Математика · 5", 35.0));
        y2024.Flagged.Should().BeTrue();
        y2024.Objectivity.Single().LoweredPct.Should().Be(100, "all 12 marks «3» against journal «5»");
        card.Years[1].Shnor.Should().BeNull("in 2023 only one procedure was low and there is no 2022 for ground Б");
    }

    [Fact]
    public async Task A_shnor_school_shows_its_status_grounds_and_procedures()
    {
        var html = Text(await Get("analyst", "/school/" + SeedFiles.LugaSchool));

        html.Should().Contain("Статусы за 2024 год");
        html.Should().Contain("«ШНОР» за 2024 год: основание А — да, основание Б — да; в списке 1 год подряд.");
        html.Should().Contain("Основание А — доля низких результатов не ниже 30 % не менее чем в 2 процедурах года: ВПР · Математика · 5 — 40,0 %; ВПР · Математика · 6 — 30,0 %.");
        html.Should().Contain("та же процедура с долей не ниже 30 % в 2023 и 2024 годах: ВПР · Математика · 5.");
        html.Should().Contain("Процедуры, по которым присвоен статус: ВПР · Математика · 5; ВПР · Математика · 6.");
        html.Should().Contain("ВПР · Математика · 5 2023 40 35,0 ≥ 30", "the low shares behind ground Б, year by year");
        html.Should().Contain("Школе подбирается наставник (статус «ШНОР»): наставник не найден");
    }

    [Fact]
    public async Task A_flagged_school_shows_its_flag_and_the_numbers_behind_it()
    {
        var html = Text(await Get("analyst", "/school/" + SeedFiles.LugaSchool));

        html.Should().Contain("признаки необъективности").And.Contain("Есть признаки необъективности: результаты года не используются для отбора.");
        // Twelve works, every mark «3» against the journal's «5»: 100 % lowered, none confirmed or raised.
        html.Should().Contain("ВПР · Русский язык · 5 12 нет").And.Contain("да — понизили 100,0 %, подтвердили 0,0 %, повысили 0,0 %");
    }

    [Fact]
    public async Task A_school_without_a_status_says_so()
    {
        var html = Text(await Get("analyst", "/school/" + SeedFiles.GatchinaSchool));

        html.Should().Contain("Не входит в список ШНОР и группы риска за 2024 год.").And.Contain("Признаков необъективности нет.");
        html.Should().NotContain("«ШНОР» за 2024");
    }

    [Fact]
    public async Task The_year_switch_shows_an_earlier_year()
    {
        var html = Text(await Get("analyst", "/school/" + SeedFiles.LugaSchool + "?year=2023"));
        html.Should().Contain("Статусы за 2023 год").And.Contain("Не входит в список ШНОР и группы риска за 2023 год.");
    }

    [Fact]
    public async Task The_trend_chart_is_served_in_the_scope_and_refused_outside_it()
    {
        var analyst = await App.SignedIn("analyst");
        var png = await analyst.GetAsync("/charts/school/" + SeedFiles.LugaSchool + ".png");
        png.StatusCode.Should().Be(HttpStatusCode.OK);
        png.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
        var luga = await App.SignedIn("luga");
        (await luga.GetAsync("/charts/school/" + SeedFiles.GatchinaSchool + ".png")).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        using var connection = App.Database.Open();
        // Luga's low rate in 2024: (48 × 40 % + 50 × 30 % + 12 × 0 + ЕГЭ 1 of 40) / (48 + 50 + 12 + 40) = 35,2 / 150.
        var trend = SchoolTrend.Query(connection, ReadScope.Region, SeedFiles.LugaSchool);
        trend.Years.Single(y => y.Year == 2024).LowRate.Should().BeApproximately(35.2 / 150 * 100, 1e-9);
        SchoolTrend.Query(connection, new ReadScope("Лужский район"), SeedFiles.GatchinaSchool).Years.Should().BeEmpty();
    }

    private async Task<string> Get(string user, string url)
    {
        var response = await (await App.SignedIn(user)).GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, url);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The page's text as a reader sees it: tags gone, entities decoded, white space collapsed.</summary>
    internal static string Text(string html) =>
        Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Replace(" .", ".", StringComparison.Ordinal).Replace(" ;", ";", StringComparison.Ordinal);

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
