using Edu.Analytics;
using Edu.Analytics.Exports;
using Edu.Analytics.Model;
using Edu.Dashboard.Features.Analytics;
using Edu.Dashboard.Features.Indicators;
using Edu.Dashboard.Tables;
using Edu.Reference;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Features.SelfDiagnostics;

/// <summary>
/// Schools' latest rounds as of the request's «asof» (today by default), with the previous level, the change, «В проекте»
/// and the deficits, from the «self-diagnostics» read model; the user's municipality goes into its queries.
/// </summary>
public abstract class SchoolLevelsTable(IHttpContextAccessor http, RegionClock clock, IOptions<ProjectOptions> projects) : AnalyticsTable<SelfDiagnosticsRow>
{
    public const string LevelKey = "level";
    public const string InProjectKey = "in_project";
    public const string ChangeKey = "change";

    protected override Export<SelfDiagnosticsRow> ReadModel => new SelfDiagnosticsExport(AsOf, projects.Value);

    // Rows are as of the request's date, so every row passes «asof»: the key is a filter so that links and downloads carry it.
    public override IReadOnlyList<TableFilter<SelfDiagnosticsRow>> Filters =>
    [
        new(IndicatorsTable.AsOfKey, "На дату", _ => IndicatorsTable.IsoDate(AsOf)),
        TableFilters.Year<SelfDiagnosticsRow>(r => r.Year),
        TableFilters.Municipality<SelfDiagnosticsRow>(),
        TableFilters.District<SelfDiagnosticsRow>(),
        new(LevelKey, "Уровень", r => Labels.SdLevels.Text(r.Level)),
        new(InProjectKey, "В проекте", r => r.InProject ? "да" : "нет"),
        new(ChangeKey, "Изменение уровня", r => r.Change is { } c ? Labels.LevelChanges.Text(c) : null),
    ];

    public override IReadOnlyList<string> MessageTopics { get; } = ["самодиагност", "sd_basic"];

    public DateOnly AsOf => IndicatorsTable.RequestedAsOf(http, clock);

    public override string CacheVariant => IndicatorsTable.IsoDate(AsOf);

    public override DateOnly DataDate(RegionClock today) => AsOf;
}
