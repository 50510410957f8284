using Edu.Dashboard.Tables;
using Edu.Spreadsheets;

namespace Edu.Dashboard.Tests;

/// <summary>A cached table keeps each view's filtered and sorted rows: asked again, a view is not computed again.</summary>
public sealed class AppliedViewTests
{
    private sealed record Row(string Name, string Place, int Score);

    private static readonly ColumnMap<Row> Columns = new ColumnMap<Row>()
        .Text("name", "Школа", r => r.Name)
        .Text("place", "Муниципалитет", r => r.Place)
        .Integer("score", "Баллы", r => r.Score);

    private static readonly IReadOnlyList<TableFilter<Row>> Filters = [new("place", "Муниципалитет", r => r.Place)];

    private static readonly CachedTable<Row> Table = CachedTable<Row>.From(
        [new("А", "Луга", 3), new("Б", "Гатчина", 5), new("В", "Луга", 9), new("Г", "Луга", 1)], Filters, Columns.Count);

    private static TableRequest Request(string? place, string? sort, bool descending = false, int page = 1) =>
        new(place is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["place"] = place }, sort, descending, page);

    [Fact]
    public void A_view_gives_what_applying_its_filters_and_sort_gives()
    {
        var request = Request("Луга", "score", descending: true);

        Table.Applied(Filters, Columns, request).Select(r => r.Name).Should().Equal("В", "А", "Г")
            .And.Equal(TableView.Apply(Table.Rows, Filters, Columns, request).Select(r => r.Name));
    }

    [Fact]
    public void The_same_view_on_another_page_is_the_kept_list_and_another_view_is_its_own()
    {
        var first = Table.Applied(Filters, Columns, Request("Луга", "name", page: 1));

        Table.Applied(Filters, Columns, Request("Луга", "name", page: 3)).Should().BeSameAs(first);
        Table.Applied(Filters, Columns, Request("Луга", "name", descending: true)).Select(r => r.Name).Should().Equal("Г", "В", "А");
        Table.Applied(Filters, Columns, Request(null, "name")).Should().HaveCount(4);
    }
}
