using DuckDB.NET.Data;
using Edu.Analytics.Exports;
using Edu.Dashboard.Features.Analytics;
using Edu.Spreadsheets;

namespace Edu.Dashboard.Features.Shnor;

/// <summary>«./edu export shnor»: schools with low results and risk-group schools, grounds A/B and the procedures behind them.</summary>
public sealed class ShnorTable : AnalyticsTable
{
    public override string Name => ShnorExport.Name;

    public override string Title => "ШНОР";

    public override IReadOnlyList<string> MessageTopics { get; } = ["шнор", "основание", "результатов"];

    protected override ExportTable Query(DuckDBConnection connection, ExportFilter filter) => ShnorExport.Query(connection, filter);
}
