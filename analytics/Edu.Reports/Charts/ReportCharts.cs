namespace Edu.Reports.Charts;

/// <summary>All charts of a report, from the same tables as its sheets (so a municipal scope limits them too).</summary>
public static class ReportCharts
{
    public static IReadOnlyList<ReportChart> Render(ReportTables tables) =>
    [
        .. AttainmentChart.Render(tables.Indicators.Rows, tables.AsOf),
        ShnorChart.Render(tables.Shnor.Rows, tables.Year),
        ContextScatterChart.Render(tables.Context.Rows, tables.Resilient.Rows, tables.Year),
    ];
}
