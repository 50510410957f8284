namespace Edu.Analytics.Model;

/// <summary>Coverage by additional education of one municipality at one reporting date; a count the file did not give is null.</summary>
public sealed record CoverageRow(
    DateOnly ReportDate,
    string Municipality,
    int? Children5To18,
    int? Covered,
    int? CoveredTech,
    int? ChildrenOvz,
    int? CoveredOvz);
