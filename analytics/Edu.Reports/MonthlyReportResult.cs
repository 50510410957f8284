namespace Edu.Reports;

/// <summary>The files one report wrote: the workbook and the charts beside it.</summary>
public sealed record MonthlyReportResult(string WorkbookPath, IReadOnlyList<string> ChartPaths)
{
    public IEnumerable<string> AllPaths => ChartPaths.Prepend(WorkbookPath);
}
