using Edu.Analytics.Exports;
using Edu.Analytics.Model;
using Edu.Dashboard.Features.Analytics;
using Edu.Dashboard.Tables;

namespace Edu.Dashboard.Features.Shnor;

/// <summary>«./edu export shnor-dynamics»: whether the schools listed in the previous year or this one left the ШНОР list.</summary>
public sealed class ShnorDynamicsTable : AnalyticsTable<ShnorDynamicsRow>
{
    public const string ChangeKey = "change";

    protected override Export<ShnorDynamicsRow> ReadModel { get; } = new ShnorDynamicsExport();

    public override IReadOnlyList<string> MessageTopics { get; } = ["динамика", "shnor_exit"];

    public override IReadOnlyList<TableFilter<ShnorDynamicsRow>> Filters { get; } =
    [
        TableFilters.Year<ShnorDynamicsRow>(), TableFilters.Municipality<ShnorDynamicsRow>(), TableFilters.District<ShnorDynamicsRow>(),
        new(ChangeKey, "Изменение", r => Labels.ShnorChanges.Text(r.Change)),
    ];
}
