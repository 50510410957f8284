using Edu.Dashboard.Features.Analytics;
using Edu.Dashboard.Features.Indicators;
using Edu.Dashboard.Tables;

namespace Edu.Dashboard.Features.Decisions;

/// <summary>«/decisions»: the register of decision items, paged by item, with the filters of its table.</summary>
public sealed class IndexModel(TableReader reader) : AnalyticsPageModel<DecisionsTable>(reader)
{
    // Items per page: an item takes a few lines, so fewer than a table's rows.
    private const int ItemsPerPage = 40;

    public IReadOnlyList<RegisterItem> Items { get; private set; } = [];

    public int ItemCount { get; private set; }

    public int PageCount { get; private set; }

    public int PageNumber { get; private set; }

    public DateOnly AsOf { get; private set; }

    public string AsOfParameter => Filter(IndicatorsTable.AsOfKey) ?? IndicatorsTable.IsoDate(AsOf);

    protected override void ExtraAnalytics()
    {
        AsOf = Source.AsOf;
        var all = RegisterItem.From(TableView.Apply(Reader.Rows(Source, Version, Scope).Rows, Source.Filters, Source.Columns, Table.Request with { Sort = null }));
        ItemCount = all.Count;
        PageCount = Math.Max(1, (all.Count + ItemsPerPage - 1) / ItemsPerPage);
        PageNumber = Math.Clamp(Table.Request.Page, 1, PageCount);
        Items = [.. all.Skip((PageNumber - 1) * ItemsPerPage).Take(ItemsPerPage)];
    }
}
