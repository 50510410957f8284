using DuckDB.NET.Data;
using Edu.Analytics.Exports;
using Edu.Dashboard.Features.Analytics;
using Edu.Spreadsheets;

namespace Edu.Dashboard.Features.StableHigh;

/// <summary>«./edu export stable-high»: rank by the mean result index and the selection for the regional project.</summary>
public sealed class StableHighTable : AnalyticsTable
{
    public override string Name => StableHighExport.Name;

    public override string Title => "Стабильно высокие";

    public override IReadOnlyList<string> MessageTopics { get; } = ["стабильно высок", "необъектив"];

    protected override ExportTable Query(DuckDBConnection connection, ExportFilter filter) => StableHighExport.Query(connection, filter);
}
