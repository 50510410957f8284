using DuckDB.NET.Data;
using Edu.Analytics.Exports;
using Edu.Dashboard.Features.Analytics;
using Edu.Spreadsheets;

namespace Edu.Dashboard.Features.Resilience;

/// <summary>«./edu export resilient»: ШФНСУ schools, both resilience methods and stable resilience.</summary>
public sealed class ResilienceTable : AnalyticsTable
{
    public override string Name => ResilientExport.Name;

    public override string Title => "ШФНСУ и резильентные";

    public override IReadOnlyList<string> MessageTopics { get; } = ["шфнсу", "резильент", "контекст", "модел"];

    protected override ExportTable Query(DuckDBConnection connection, ExportFilter filter) => ResilientExport.Query(connection, filter);
}
