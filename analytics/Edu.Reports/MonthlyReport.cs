using DuckDB.NET.Data;
using Edu.Analytics;
using Edu.Reference;
using Edu.Reports.Charts;
using Edu.Reports.Workbook;

namespace Edu.Reports;

/// <summary>
/// SPEC §8 monthly report: one workbook plus the charts as PNG files in the output folder. Reads only
/// through the export queries with the request's municipality, so a municipal report cannot hold
/// another municipality's rows.
/// </summary>
public static class MonthlyReport
{
    /// <summary>
    /// Builds the report; <paramref name="time"/> is read in the region's zone (<see cref="RegionClock.Of"/>), so the month's
    /// end, «сформировано» and the month of each load are the region's. <paramref name="progress"/> hears each step.
    /// </summary>
    public static MonthlyReportResult Build(DuckDBConnection connection, MonthlyReportRequest request, AnalyticsOptions options, ProjectOptions projects,
        string outputDirectory, TimeProvider time, IProgress<ReportProgress>? progress = null)
    {
        var clock = RegionClock.Of(time);
        var asOf = ReportDate.AsOf(request.Month, clock);
        progress?.Report(new ReportProgress(0, 3, "чтение таблиц"));
        var tables = ReportTables.Read(connection, request, asOf, options, projects, clock);
        var context = new ReportContext(request, tables, clock.GetUtcNow(), clock);
        progress?.Report(new ReportProgress(1, 3, "построение диаграмм"));
        var charts = ReportCharts.Render(connection, request.Municipality, tables.Year, asOf, options);
        progress?.Report(new ReportProgress(2, 3, "запись книги Excel"));

        Directory.CreateDirectory(outputDirectory);
        var prefix = FilePrefix(request);
        var chartPaths = new List<string>();
        foreach (var chart in charts)
        {
            var path = Path.Combine(outputDirectory, $"{prefix}_{chart.FileName}");
            File.WriteAllBytes(path, chart.Png);
            chartPaths.Add(path);
        }
        var workbookPath = Path.Combine(outputDirectory, $"{prefix}.xlsx");
        ReportWorkbook.Write(context, charts, workbookPath);
        progress?.Report(new ReportProgress(3, 3, "готово"));
        return new MonthlyReportResult(workbookPath, chartPaths);
    }

    // «Отчёт_2025-10» or «Отчёт_2025-10_Лужский_район»: one folder can hold the region's and each municipality's reports.
    private static string FilePrefix(MonthlyReportRequest request)
    {
        var prefix = $"Отчёт_{request.Month}";
        if (request.Municipality is null) return prefix;
        var safe = string.Concat(request.Municipality.Select(c => char.IsLetterOrDigit(c) || c == '-' ? c : '_'));
        return $"{prefix}_{safe}";
    }
}
