namespace Edu.Dashboard.Features.Reports;

/// <summary>«Reports» settings: where the monthly reports are written (relative to the repository, EDU_ROOT).</summary>
public sealed class ReportsOptions
{
    public const string Section = "Reports";

    public string Folder { get; set; } = "data/reports";
}
