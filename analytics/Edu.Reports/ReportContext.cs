namespace Edu.Reports;

/// <summary>The request, the data read for it and when the report was made — what every sheet writer needs.</summary>
public sealed record ReportContext(MonthlyReportRequest Request, ReportTables Tables, DateTimeOffset GeneratedAt)
{
    /// <summary>«год оценочных процедур 2025» — how list sheets say which year they show.</summary>
    public string YearNote => Tables.Year is { } year ? $"год оценочных процедур {year}" : "рассчитанных оценочных процедур нет";
}
