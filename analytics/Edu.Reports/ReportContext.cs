using System.Globalization;
using Edu.Reference;
using Edu.Spreadsheets;

namespace Edu.Reports;

/// <summary>The request, the data read for it and when the report was made — what every sheet writer needs.</summary>
public sealed record ReportContext(MonthlyReportRequest Request, ReportTables Tables, DateTimeOffset GeneratedAt, RegionClock Clock)
{
    /// <summary>«год оценочных процедур 2025» — how list sheets say which year they show.</summary>
    public string YearNote => Tables.Year is { } year
        ? $"год оценочных процедур {year.ToString(CultureInfo.InvariantCulture)}"
        : "рассчитанных оценочных процедур нет";

    /// <summary>
    /// The heading of a sheet: «ШНОР — октябрь 2025, весь регион», the report date with when and by whom it was made, and
    /// what the sheet selects (the scope and, for lists, the assessment year).
    /// </summary>
    public DocumentHeading Heading(string title, string? note) => new(
        $"{title} — {Request.Month.RussianName}, {Request.ScopeName}",
        note is null ? Request.ScopeName : $"{Request.ScopeName}; {note}",
        Tables.AsOf,
        GeneratedAt,
        Request.User,
        Clock);
}
