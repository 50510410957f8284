using Edu.Analytics.Exports;
using Edu.Dashboard.Features.Analytics;
using Edu.Dashboard.Features.Indicators;
using Edu.Dashboard.Tables;
using Edu.Reference;
using Edu.Spreadsheets;

namespace Edu.Dashboard.Features.SelfDiagnostics;

/// <summary>
/// «./edu export sd-deficits --as-of DATE»: the criteria with 0 points across schools per round, municipality and the
/// region, ranked. A municipal user gets its municipality's rows and the region's aggregate rows (the read model's scope).
/// </summary>
public sealed class SdDeficitsTable(IHttpContextAccessor http, RegionClock clock) : AnalyticsTable<SdDeficitRow>
{
    public const string RoundKey = "round";
    public const string DirectionKey = "direction";

    // The page shows one round and place (in its heading): the rest of a row, ranked. The download has every column.
    private static readonly string[] PageColumns = ["place", "direction", "number", "criterion", "schools", "share", "schools_with_criterion"];

    protected override Export<SdDeficitRow> ReadModel => new SdDeficitsExport(AsOf);

    public override ColumnMap<SdDeficitRow> Columns => PageColumns.Aggregate(new ColumnMap<SdDeficitRow>(), (map, key) => map.Add(base.Columns[key]));

    protected override ColumnMap<SdDeficitRow> ExportColumns => base.Columns;

    public override IReadOnlyList<TableFilter<SdDeficitRow>> Filters =>
    [
        new(IndicatorsTable.AsOfKey, "На дату", _ => IndicatorsTable.IsoDate(AsOf)),
        new(RoundKey, "Дата самодиагностики", r => IndicatorsTable.IsoDate(r.RoundDate)),
        TableFilters.Municipality<SdDeficitRow>(r => r.Municipality),
        new(DirectionKey, "Направление", r => r.Direction),
    ];

    public override IReadOnlyList<string> MessageTopics { get; } = ["самодиагност"];

    public DateOnly AsOf => IndicatorsTable.RequestedAsOf(http, clock);

    public override string CacheVariant => IndicatorsTable.IsoDate(AsOf);

    public override DateOnly DataDate(RegionClock today) => AsOf;
}
