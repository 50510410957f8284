using DuckDB.NET.Data;
using Edu.Analytics;
using Edu.Analytics.Charts;

namespace Edu.Reports.Charts;

/// <summary>
/// All charts of a report, each read through its dataset's query with the report's municipality (so a municipal
/// report's charts hold only its schools) and drawn by the same definition the dashboard uses.
/// </summary>
public static class ReportCharts
{
    public const string ShnorFile = "ШНОР_по_муниципалитетам.png";

    public const string ContextFile = "Контекст_и_результаты.png";

    public static IReadOnlyList<ReportChart> Render(DuckDBConnection connection, string? municipality, int? year, DateOnly asOf, AnalyticsOptions options)
    {
        var scope = new ReadScope(municipality);
        return
        [
            .. TargetAttainment.Query(connection, scope, asOf, options).Select(a => Png(AttainmentChart.Draw(a), $"Цель_{FileSafe(a.Code)}.png")),
            Png(ShnorChart.Draw(year is { } y ? ShnorCounts.Query(connection, scope, y) : [], year), ShnorFile),
            Png(ContextScatterChart.Draw(year is { } z ? ContextScatter.Query(connection, scope, z) : ContextScatter.None), ContextFile),
        ];
    }

    /// <summary>A figure as the report keeps it: the report's width, the compact encoding.</summary>
    public static ReportChart Png(ChartFigure figure, string fileName)
    {
        using (figure)
        {
            return new ReportChart(fileName, figure.Title, figure.Png(ChartStyle.Width, PngEncoding.Compact));
        }
    }

    private static string FileSafe(string code) => string.Concat(code.Select(c => char.IsLetterOrDigit(c) || c is '_' or '-' ? c : '_'));
}
