using Edu.Dashboard.Access;
using Edu.Dashboard.Tables;
using Edu.Dashboard.Tests.Support;
using Edu.Reference;
using Microsoft.Extensions.DependencyInjection;

namespace Edu.Dashboard.Tests;

/// <summary>
/// Tables paged in the query (DashboardTable.FiltersInQuery: task results, objectivity) filter, sort and page in DuckDB
/// what tables read whole do in memory: the same options, counts, rows, order and pages for every filter value, «все» and sort.
/// </summary>
[Collection(SharedDashboard.Name)]
public sealed class QueriedTableTests(DashboardFactory app)
{
    private static readonly RegionClock Clock = RegionClock.Of(TimeProvider.System);

    private const int PageSize = 2;

    public static TheoryData<string, string?> Tables() => new()
    {
        { "task-results", null }, { "task-results", "Лужский район" }, { "objectivity", null }, { "objectivity", "Лужский район" },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Reading_in_the_query_gives_the_page_that_reading_whole_gives(string name, string? municipality)
    {
        var source = app.Services.GetRequiredService<TableRegistry>().Find(name)!;
        source.FiltersInQuery.Should().BeTrue();
        var scope = municipality is null ? UserScope.Region : UserScope.Of(municipality);
        using var connection = app.Database.Open();
        var whole = source.Read(connection, scope);
        var options = source.ReadFilterOptions(connection, scope);
        options.Should().BeEquivalentTo(whole.FilterOptions, o => o.WithStrictOrdering());
        options.Should().OnlyContain(f => f.Options.Count > 0, "every filter has a value to choose in the sample region");

        var requests = new List<TableRequest> { Request() };
        foreach (var (key, _, values) in options)
            requests.AddRange([.. values.Select(v => Request((key, v))), Request((key, TableFilters.All))]);
        requests.Add(Request((TableFilters.YearKey, "2024"), ("level", "ОО"), ("deficit", "да")));
        requests.Add(Request((TableFilters.YearKey, "1999")));
        foreach (var column in source is Edu.Dashboard.Features.TaskResults.TaskResultsTable ? ["region_rate", "name", "rate"] : new[] { "login", "participants", "spearman" })
        {
            requests.Add(Request() with { Sort = column });
            requests.Add(Request() with { Sort = column, Descending = true });
        }

        foreach (var request in requests.Select(r => source.WithDefaults(r, options)))
        {
            // Pages of two rows, and one page past the last (which shows the last).
            var total = source.Count(connection, scope, request);
            for (var page = 1; page <= TableView.PagesOf(total, PageSize) + 1; page++)
            {
                var paged = request with { Page = page };
                var expected = source.View(whole, paged, "/t", PageSize, Clock);
                var actual = source.View(source.ReadPage(connection, scope, paged, options, total, PageSize), paged, "/t", PageSize, Clock);
                var because = $"{paged.Key} page {page}";
                actual.TotalRows.Should().Be(expected.TotalRows, because);
                actual.PageCount.Should().Be(expected.PageCount, because);
                actual.PageRows.Should().BeEquivalentTo(expected.PageRows, o => o.WithStrictOrdering(), because);
                actual.Request.Should().BeEquivalentTo(expected.Request, because);
            }
        }
    }

    [Fact]
    public void The_task_pages_deficits_are_the_Luga_schools_two_tasks()
    {
        var source = app.Services.GetRequiredService<TableRegistry>().Find("task-results")!;
        using var connection = app.Database.Open();
        var options = source.ReadFilterOptions(connection, UserScope.Region);
        var request = source.WithDefaults(Request(("procedure", "ВПР · Русский язык · 5"), ("level", "ОО"), ("deficit", "да")), options);
        request.Filters[TableFilters.YearKey].Should().Be("2024");
        var total = source.Count(connection, UserScope.Region, request);
        total.Should().Be(2);
        var view = source.View(source.ReadPage(connection, UserScope.Region, request, options, total, 10), request, "/tasks", 10, Clock);
        view.TotalRows.Should().Be(2);
        view.PageRows.Select(r => r[0].Text).Should().Equal("МОУ «Лужская СОШ № 1»", "МОУ «Лужская СОШ № 1»");
    }

    private static TableRequest Request(params (string Key, string Value)[] filters) =>
        new(filters.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal), null, false, 1);
}
