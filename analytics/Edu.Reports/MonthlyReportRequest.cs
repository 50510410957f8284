namespace Edu.Reports;

/// <summary>
/// What to report: a month and a scope. <see cref="Municipality"/> is a canonical municipality name;
/// when set, every table and chart holds only that municipality (SPEC §9), because the scope is passed
/// down to the export queries themselves. <see cref="User"/> is who asked for it, named on every sheet.
/// </summary>
public sealed record MonthlyReportRequest(ReportMonth Month, string? Municipality = null, string? User = null)
{
    /// <summary>«весь регион» or the municipality — shown in every title line.</summary>
    public string ScopeName => Municipality ?? "весь регион";
}
