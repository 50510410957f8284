using DuckDB.NET.Data;
using Edu.Analytics.Exports;
using Edu.Dashboard.Features.Analytics;
using Edu.Spreadsheets;

namespace Edu.Dashboard.Features.Objectivity;

/// <summary>«./edu export objectivity»: the three objectivity checks per school and procedure.</summary>
public sealed class ObjectivityTable : AnalyticsTable
{
    public override string Name => ObjectivityExport.Name;

    public override string Title => "Объективность";

    public override IReadOnlyList<string> MessageTopics { get; } = ["необъектив", "индивидуальн"];

    protected override ExportTable Query(DuckDBConnection connection, ExportFilter filter) => ObjectivityExport.Query(connection, filter);
}
