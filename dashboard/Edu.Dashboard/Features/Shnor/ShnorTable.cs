using Edu.Analytics.Exports;
using Edu.Dashboard.Features.Analytics;

namespace Edu.Dashboard.Features.Shnor;

/// <summary>«./edu export shnor»: schools with low results and risk-group schools, grounds A/B and the procedures behind them.</summary>
public sealed class ShnorTable : SchoolYearTable<ShnorRow>
{
    protected override Export<ShnorRow> ReadModel { get; } = new ShnorExport();

    public override IReadOnlyList<string> MessageTopics { get; } = ["шнор", "основание", "результатов"];
}
