using Edu.Analytics;
using Edu.Analytics.Exports;
using Edu.Analytics.Model;
using Edu.Dashboard.Features.Analytics;
using Edu.Dashboard.Features.Indicators;
using Edu.Dashboard.Tables;
using Edu.Reference;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Features.Decisions;

/// <summary>
/// «./edu export decisions --as-of DATE»: the register with each item's status and «did it work» as of the date the
/// request names («asof», as on Показатели; today by default). The user's municipality goes into the export's query,
/// so a municipal coordinator gets its own items and those of every municipality, never regional ones or another
/// municipality's. The municipality and responsible filters match any of a row's values: a row of an item of every
/// municipality concerns each of them.
/// </summary>
public sealed class DecisionsTable(IHttpContextAccessor http, TimeProvider time, IOptions<AnalyticsOptions> options, MunicipalityDirectory municipalities)
    : AnalyticsTable<DecisionRow>
{
    public const string DocumentKey = "document";
    public const string StatusKey = "status";
    public const string ResponsibleKey = "responsible";
    public const string OverdueKey = "overdue";
    public const string Yes = "да";

    protected override Export<DecisionRow> ReadModel => new DecisionsExport(AsOf, options.Value);

    // The year is the deadline's, as in «./edu export decisions --year»; districts are those of the municipalities a row concerns.
    public override IReadOnlyList<TableFilter<DecisionRow>> Filters { get; } =
    [
        new(IndicatorsTable.AsOfKey, "Статус на дату", r => IndicatorsTable.IsoDate(r.AsOf)),
        new(DocumentKey, "Документ", r => r.DocumentTitle),
        TableFilters.Year<DecisionRow>(r => r.Deadline?.Year),
        new(StatusKey, "Статус", r => Labels.ExecutionStatuses.Text(r.Status)),
        TableFilter<DecisionRow>.Many(TableFilters.MunicipalityKey, "Муниципалитет", r => r.Concerns),
        TableFilter<DecisionRow>.Many(TableFilters.DistrictKey, "Образовательный округ", r => r.Concerns.Select(m => municipalities.Find(m)?.District).OfType<string>().Distinct()),
        TableFilter<DecisionRow>.Many(ResponsibleKey, "Ответственные", r => r.Parties),
        new(OverdueKey, "Только просроченные", r => r.MissedDeadline ? Yes : null),
    ];

    // The messages that explain a missing figure: a region value that could not be summed from the municipalities.
    public override IReadOnlyList<string> MessageTopics { get; } = ["по региону"];

    public DateOnly AsOf => IndicatorsTable.ParseAsOf(http.HttpContext?.Request.Query[IndicatorsTable.AsOfKey].ToString()) ?? DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public override string CacheVariant => IndicatorsTable.IsoDate(AsOf);
}
