using System.Net;
using System.Text.RegularExpressions;
using Edu.Analytics;
using Edu.Analytics.Cards;
using Edu.Analytics.Charts;
using Edu.Analytics.Exports;
using Edu.Analytics.Model;
using Edu.Dashboard.Features.Indicators;
using Edu.Dashboard.Tests.Support;
using Edu.Reference;
using Edu.Storage;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Edu.Dashboard.Tests;

/// <summary>
/// «/municipality/{name}» and «Сводка» over the sample region: every count on the page is the analytics exports'
/// rows filtered to the municipality (or the scope), every listed school links to its card.
/// </summary>
[Collection(SampleRegionCollection.Name)]
public sealed partial class MunicipalityCardTests(SampleRegion region)
{
    private const string Luga = "Лужский район";
    private const int Year = 2025;

    /// <summary>The municipality with the most «ШНОР» schools in <see cref="Year"/>: its card has something in every list.</summary>
    private string Busiest
    {
        get
        {
            using var connection = region.App.Database.Open();
            return new ShnorExport().Rows(connection, new ExportFilter(Year)).GroupBy(r => r.Municipality!)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        }
    }

    private static readonly System.Globalization.CultureInfo Ru = System.Globalization.CultureInfo.GetCultureInfo("ru-RU");

    [Fact]
    public async Task A_municipality_cards_counts_equal_the_analytics_exports_filtered_to_it()
    {
        var municipality = Busiest;
        var html = await Get("analyst", "/municipality/" + Uri.EscapeDataString(municipality));
        var filter = new ExportFilter(Year, municipality);
        using var connection = region.App.Database.Open();
        var shnor = new ShnorExport().Rows(connection, filter);
        var disadvantaged = new ContextExport().Rows(connection, filter).Count(r => r.IsDisadvantaged);
        var resilient = new ResilientExport().Rows(connection, filter).Count(r => r.Resilient || r.StablyResilient);
        var stableHigh = new StableHighExport(new ProjectOptions()).Rows(connection, filter).Count(r => !r.ExcludedForObjectivity);
        var flagged = new ObjectivityExport().Rows(connection, filter).Where(r => r.Flagged).Select(r => r.Login).Distinct().Count();

        var counts = Counts(html);
        counts.Should().Equal(
            shnor.Count(r => r.Status == ShnorStatus.Shnor), shnor.Count(r => r.Status == ShnorStatus.RiskGroup), disadvantaged, resilient, stableHigh, flagged);
        shnor.Should().NotBeEmpty("the busiest municipality has ШНОР in 2025");
        foreach (var school in shnor) html.Should().Contain($"<a href=\"/school/{school.Login}\">");
        html.Should().Contain("Списки 2025 года");
    }

    [Fact]
    public async Task A_municipality_card_shows_its_target_statuses_with_value_target_and_deadline()
    {
        var html = await Get("analyst", "/municipality/" + Uri.EscapeDataString(Luga) + "?asof=2025-06-30");
        using var connection = region.App.Database.Open();
        var targets = new IndicatorsExport(new DateOnly(2025, 6, 30), region.Options).Rows(connection, new ExportFilter(null, Luga));
        targets.Should().NotBeEmpty();
        var rows = Regex.Matches(html[html.IndexOf("id=\"targets\"", StringComparison.Ordinal)..], "<tr>(.*?)</tr>", RegexOptions.Singleline).Skip(1).Take(targets.Count)
            .Select(m => SchoolCardTests.Text(m.Groups[1].Value).Trim()).ToList();
        rows.Should().HaveCount(targets.Count);
        var first = targets[0];
        rows[0].Should().StartWith($"{first.Code} {first.Deadline:dd.MM.yyyy} {(first.Condition == TargetCondition.AtLeast ? "≥" : "≤")} ")
            .And.EndWith(Labels.Status(first.Status));
        html.Should().Contain("Целевые показатели на 30.06.2025");
    }

    [Fact]
    public async Task The_municipality_is_compared_with_the_region_for_a_region_reader_only()
    {
        var analyst = await Get("analyst", "/municipality/" + Uri.EscapeDataString(Luga) + "?asof=2025-06-30");
        analyst.Should().Contain("Муниципалитет и регион").And.Contain("Разница, п.п.");
        using (var connection = region.App.Database.Open())
        {
            var comparison = IndicatorComparison.Read(connection, ReadScope.Region, Luga, new DateOnly(2025, 6, 30), []);
            comparison.Should().Contain(c => c.Region != null && c.Value != null);
            IndicatorComparison.Read(connection, new ReadScope(Luga), Luga, new DateOnly(2025, 6, 30), []).Should().OnlyContain(c => c.Region == null);
        }
        var coordinator = await Get("luga", "/municipality/" + Uri.EscapeDataString(Luga) + "?asof=2025-06-30");
        coordinator.Should().NotContain("Разница, п.п.").And.Contain("Значения по региону в целом видны региональным пользователям.");
    }

    [Fact]
    public async Task The_schools_and_their_statuses_are_one_sortable_downloadable_table_of_the_year()
    {
        var municipality = Busiest;
        var html = await Get("analyst", "/municipality/" + Uri.EscapeDataString(municipality) + "?sort=result_index&dir=desc");
        using var connection = region.App.Database.Open();
        var rows = new SchoolStatusesExport().Rows(connection, new ExportFilter(Year, municipality));
        html.Should().Contain($"Найдено: {rows.Count}");
        rows.Should().Contain(r => r.Shnor == ShnorStatus.Shnor);
        var best = rows.Where(r => r.ResultIndex is not null).MaxBy(r => r.ResultIndex)!;
        var table = html[html.IndexOf("Школы и их статусы", StringComparison.Ordinal)..];
        Regex.Match(table, "<tbody>.*?<a href=\"/school/(sch\\d+)\"", RegexOptions.Singleline).Groups[1].Value.Should().Be(best.Login, "sorted by the result index, highest first");
        table.Should().MatchRegex("/export/school-statuses\\?[^\"]*year=2025");
    }

    [Fact]
    public async Task The_analyst_and_the_municipalitys_own_user_see_the_same_schools_figures_and_statuses_table_on_its_card()
    {
        var url = "/municipality/" + Uri.EscapeDataString(Luga) + "?sort=name";
        var analyst = await Get("analyst", url);
        var own = await Get("luga", url);
        using var connection = region.App.Database.Open();
        var schools = connection.Rows("SELECT count(*), coalesce(sum(enrolment), 0)::BIGINT FROM schools WHERE municipality = $p0", r => (r.GetInt64(0), r.GetInt64(1)), Luga).Single();
        var statuses = new SchoolStatusesExport().Rows(connection, new ExportFilter(Year, Luga));
        foreach (var html in new[] { analyst, own })
        {
            html.Should().Contain($"<span class=\"figure\">{Figure(schools.Item1)}</span>").And.Contain($"<span class=\"figure\">{Figure(schools.Item2)}</span>");
            html.Should().Contain($"Найдено: {statuses.Count}");
        }

        statuses.Should().NotBeEmpty();
        Table(analyst).Should().Be(Table(own), "the card reads its table in the municipality's scope whoever asks");
    }

    [Fact]
    public async Task A_long_list_shows_one_table_page_of_schools_and_links_to_the_full_list()
    {
        // At country scale a municipality lists hundreds of schools; the card shows one table page of each list.
        const int limit = 2;
        var municipality = Busiest;
        int shnor, shnorOnly, transitions;
        using (var connection = region.App.Database.Open())
        {
            var rows = new ShnorExport().Rows(connection, new ExportFilter(Year, municipality));
            (shnor, shnorOnly) = (rows.Count, rows.Count(r => r.Status == ShnorStatus.Shnor));
            transitions = new ShnorDynamicsExport().Rows(connection, new ExportFilter(Year, municipality)).Count;
        }

        shnor.Should().BeGreaterThan(limit, "the busiest municipality's list is longer than the limit of this test");
        using var app = region.App.WithWebHostBuilder(b => b.UseSetting("Dashboard:PageSize", limit.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await DashboardFactory.SignIn(client, "analyst", DashboardFactory.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var html = await client.GetStringAsync("/municipality/" + Uri.EscapeDataString(municipality));

        var list = Regex.Match(html, "<details class=\"school-list\"[^>]*>\\s*<summary>ШНОР и группа риска: (\\d+)</summary>(.*?)</details>", RegexOptions.Singleline);
        list.Groups[1].Value.Should().Be(shnor.ToString(System.Globalization.CultureInfo.InvariantCulture), "the count is of every school");
        Regex.Matches(list.Groups[2].Value, "</a> — (ШНОР|группа риска):").Select(m => m.Groups[1].Value).Should().Equal(
            Enumerable.Repeat("ШНОР", Math.Min(limit, shnorOnly)).Concat(Enumerable.Repeat("группа риска", Math.Max(0, limit - shnorOnly))),
            "the first schools shown are the «ШНОР» ones");
        list.Groups[2].Value.Should().Contain($"и ещё {shnor - limit} — <a href=\"/shnor?year={Year}&amp;municipality={Uri.EscapeDataString(municipality)}");

        var dynamics = html[html.IndexOf("id=\"shnor-dynamics\"", StringComparison.Ordinal)..];
        dynamics = dynamics[..dynamics.IndexOf("</section>", StringComparison.Ordinal)];
        Regex.Matches(dynamics, "<tr>\\s*<td><a href=\"/school/").Count.Should().Be(Math.Min(limit, transitions));
        if (transitions > limit) dynamics.Should().Contain($"Показаны {limit} из {transitions} школ");
    }

    // The page groups thousands with a no-break space, which Razor writes as a character reference.
    private static string Figure(long value) => value.ToString("N0", Ru).Replace("\u00A0", "&#xA0;", StringComparison.Ordinal);

    private static string Table(string html)
    {
        var table = html[html.IndexOf("Школы и их статусы", StringComparison.Ordinal)..];
        return table[..table.IndexOf("</table>", StringComparison.Ordinal)];
    }

    [Fact]
    public async Task The_summary_counts_equal_the_exports_and_it_names_the_municipalities_furthest_from_their_targets()
    {
        var today = region.App.Services.GetRequiredService<RegionClock>().Today;
        var html = await Get("analyst", "/");
        using var connection = region.App.Database.Open();
        var overview = Overview.Read(connection, ReadScope.Region, today, region.Options);
        var shnor = new ShnorExport().Rows(connection, ExportFilter.None);
        overview.Year.Should().Be(Year);
        overview.Shnor.Should().Be(shnor.Count(r => r.Year == Year && r.Status == ShnorStatus.Shnor));
        overview.ShnorBefore.Should().Be(shnor.Count(r => r.Year == Year - 1 && r.Status == ShnorStatus.Shnor));
        overview.TargetCount.Should().Be(new IndicatorsExport(today, region.Options).Rows(connection, ExportFilter.None).Count);

        var text = SchoolCardTests.Text(html);
        text.Should().Contain($"Аналитика {Year} года · статусы целей на {today:dd.MM.yyyy}");
        text.Should().Contain($"{overview.Shnor} ШНОР (в {Year - 1} году — {overview.ShnorBefore}");
        text.Should().Contain($"{Labels.Status(AttainmentStatus.NotAchieved)}: {overview.Targets[AttainmentStatus.NotAchieved]}");
        overview.Furthest.Should().NotBeEmpty();
        text.Should().Contain("Дальше всех от целей").And.Contain(overview.Furthest[0].Municipality);
        html.IndexOf("Дальше всех от целей", StringComparison.Ordinal).Should().BeLessThan(html.IndexOf("Загруженные данные", StringComparison.Ordinal),
            "the analytics come first, the inventory below");
    }

    [Fact]
    public async Task A_matrix_cell_shows_value_target_and_deadline_of_each_target()
    {
        var html = await Get("analyst", "/indicators?asof=2025-06-30");
        html.Should().Contain("в ячейке по каждой цели: статус, значение на дату статуса, целевое значение и срок");
        using (var connection = region.App.Database.Open())
        {
            // Each target of the region's first indicator is in its cell with its numbers, not only in a tooltip.
            var rows = new IndicatorsExport(new DateOnly(2025, 6, 30), region.Options).Rows(connection, ExportFilter.None).Where(r => r.Municipality == Labels.Region).ToList();
            var first = rows.First();
            SchoolCardTests.Text(html).Should().Contain($"{Labels.Status(first.Status)} {first.Value?.ToString("0.#", Ru) ?? "нет значения"} из {(first.Condition == TargetCondition.AtLeast ? "≥" : "≤")} {first.TargetValue.ToString("0.#", Ru)} к {first.Deadline:dd.MM.yyyy}");
        }
        var cells = new[]
        {
            new AttainmentCell(new DateOnly(2019, 12, 31), AttainmentStatus.NotAchieved, TargetCondition.AtLeast, 75, 60, null),
            new AttainmentCell(new DateOnly(2027, 12, 31), AttainmentStatus.AtRisk, TargetCondition.AtLeast, 90, 60, null),
            new AttainmentCell(new DateOnly(2026, 12, 31), AttainmentStatus.OnTrack, TargetCondition.AtMost, 5.5, 3, null),
            new AttainmentCell(new DateOnly(2024, 12, 31), AttainmentStatus.NotAchieved, TargetCondition.AtLeast, 80, 60, null),
        };
        // The nearest deadline not passed first, then the later ones, then the passed ones from the latest back.
        AttainmentCell.MostRelevantFirst(cells, new DateOnly(2025, 10, 31)).Select(c => c.Deadline.Year).Should().Equal(2026, 2027, 2024, 2019);
        cells[2].Goal.Should().Be("≤ 5,5");
    }

    /// <summary>The six counts of the lists, in the order of the page.</summary>
    private static List<int> Counts(string html) =>
        Regex.Matches(html[html.IndexOf("id=\"counts\"", StringComparison.Ordinal)..html.IndexOf("уровень объективности", StringComparison.Ordinal)],
            "<span class=\"figure\">(\\d+)</span>").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    private async Task<string> Get(string user, string url)
    {
        var response = await (await region.App.SignedIn(user)).GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, url);
        return await response.Content.ReadAsStringAsync();
    }
}
