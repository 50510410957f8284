using Edu.Analytics.Model;
using Edu.Dashboard.Charts;
using Edu.Dashboard.Features.Analytics;
using Edu.Dashboard.Features.Indicators;
using Edu.Dashboard.Tables;

namespace Edu.Dashboard.Features.SelfDiagnostics;

/// <summary>
/// «/self-diagnostics» (SPEC §12): levels per municipality as a chart, the schools below the basic level with «в проекте»,
/// the previous level and the change (the page's table), deficits by direction as a chart and the top criteria of the
/// latest round in the user's place — its municipality, or the region for a region-wide user.
/// </summary>
public sealed class IndexModel(TableReader reader) : AnalyticsPageModel<BelowBasicTable>(reader)
{
    public TableView Criteria { get; private set; } = null!;

    public DateOnly AsOf { get; private set; }

    public DateOnly? Round { get; private set; }

    /// <summary>Where the top criteria are counted: the user's municipality, or the region.</summary>
    public string Place => Scope.Municipality ?? Labels.Region;

    public string LevelsChartUrl => SdChartEndpoints.LevelsUrl(AsOf);

    public string DirectionsChartUrl => SdChartEndpoints.DirectionsUrl(AsOf);

    /// <summary>Every school's latest round, whatever its level: the read model's own download with the page's date.</summary>
    public string AllSchoolsUrl => "/export/" + Reader.Get<SelfDiagnosticsTable>().Name + "?" + IndicatorsTable.AsOfKey + "=" + IndicatorsTable.IsoDate(AsOf);

    protected override void ExtraAnalytics()
    {
        AsOf = Source.AsOf;
        var source = Reader.Get<SdDeficitsTable>();
        var cached = Reader.Rows(source, Version, Scope);
        Round = cached.Rows.Where(r => r.Municipality == Place).Select(r => (DateOnly?)r.RoundDate).Max();
        var request = new TableRequest(new Dictionary<string, string>(), "place", false, 1)
            .With(IndicatorsTable.AsOfKey, IndicatorsTable.IsoDate(AsOf))
            .With(TableFilters.MunicipalityKey, Place);
        if (Round is { } round) request = request.With(SdDeficitsTable.RoundKey, IndicatorsTable.IsoDate(round));
        Criteria = Reader.View(source, cached, request, "/self-diagnostics", source.FilterKeys.ToHashSet());
    }
}
